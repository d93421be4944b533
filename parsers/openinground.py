"""The first round, match or game of a tournament told with a clock but no day ("Round one starts at 4 PM", "The
opening match kicks off at 20:00"): it is played on the first day of the span of days the item named last (the
games from 17 March to 3 April), not on the day of a ceremony the title or the sentence before gave. Pure."""

from __future__ import annotations

import re

from parsers.dates import DayPart, Mention
from parsers.findings import Finding

_OPENING = re.compile(r"\b(?:[Rr]ound\s+(?:one|1)\b|[Tt]he\s+(?:first|opening)\s+(?:round|match|game|bout|race)\b"
                      r"|[Oo]pening\s+(?:round|match|game)\b)")


def opening_round(sentence: str, findings: list[Finding]) -> list[Mention]:
    """The first day of the span named last, as a mention whose year is still to be inferred, when the sentence
    tells a tournament's first round; none otherwise."""
    said = _OPENING.search(sentence)
    if said is None:
        return []
    span = next((f for f in reversed(findings) if f.last > f.first), None)
    if span is None:
        return []
    part = DayPart(span.first.day, span.first.month, None, span.first.weekday())
    # An empty mention at the round's words: "Round one" names the event, so it stays in its title.
    return [Mention("day", said.end(), said.end(), "", first=part)]
