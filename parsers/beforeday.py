"""A bare weekday said to come before the happening of the day in context: the last such day before it. Pure.

"Before the draw, eight playoff matches are played on Tuesday." after a draw dated Wednesday 19 April, and "Details
follow on Thursday, before Friday's Draw." after a draw dated Friday 27 June: the Tuesday and the Thursday just
before, not the ones after (a bare weekday is otherwise the next such day from the day in context). Only when the
happening it precedes is the one the day in context dates: "before" alone says nothing of which day. "Before that,
on Sunday, ..." opening a sentence after the oath of Tuesday 30 July points back to that happening: Sunday 28 July.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.findings import Finding
from parsers.mentions import Mention

# Not "the day before (Monday, 22 March)": a day counted back, said with its date.
_BEFORE_WORDS = (r"(?<!day\s)(?<!night\s)(?<!week\s)(?<!evening\s)(?<!morning\s)"
                 r"\b(?:before|ahead\s+of|prior\s+to|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)\s+")
# What is preceded: "the draw", "Friday's Draw", "this week's final", "their match".
_WHAT = re.compile(_BEFORE_WORDS + r"(?:(?:the|a|an|this|its|their|his|her|[A-Z][a-z]+'s|next|week's|weekend's)\s+)*"
                   r"(?P<what>[A-Za-z][A-Za-z-]{2,})", re.IGNORECASE)


_LAST_TOLD = "*"  # what "Before that," opening a sentence points back to: the happening the day in context dates
# "before noon", "before then": a time of the day itself, not another happening.
_OF_THE_DAY = frozenset({"noon", "midday", "midnight", "dawn", "dusk", "sunrise", "sunset", "then", "that", "start",
                         "end", "lunch", "close", "time"})


def preceded(text: str, mention: Mention) -> str:
    """The happening the sentence says the weekday's comes before ("draw"), or "" (the weekday is what comes after:
    "before Friday's Draw" for Friday; or nothing is preceded)."""
    if not text or not mention.text.strip():
        return ""
    said = mention.text.strip()
    # (the weekday's words looked for first in an ASCII text, where the engine's case-blind match is lower()'s: the
    # pattern, made of them, is compiled anew for most sentences)
    if (not (text.isascii() and said.isascii()) or said.lower() in text.lower()) \
            and re.search(_BEFORE_WORDS + re.escape(said), text, re.IGNORECASE):
        return ""
    found = _WHAT.search(text)
    what = found.group("what").lower() if found else ""
    if found is not None and what in ("that", "then") and not text[:found.start()].strip():
        # "Before that, on Sunday, ...": opening the sentence, "that" is the happening just told, of the day in context.
        return _LAST_TOLD
    return "" if what in _OF_THE_DAY else what


def day_before(text: str, mention: Mention, day: dt.date, published: dt.date | None,
               findings: list[Finding]) -> dt.date | None:
    """The last such weekday before the day in context, where the sentence says it comes before the happening that
    day dates (a later day than the item's, and not before the item was written)."""
    what = preceded(text, mention)
    if not what or mention.weekday is None or published is not None and day <= published:
        return None
    if not any(f.first == day and (what == _LAST_TOLD or what in f.text.lower()) for f in findings):
        return None
    back = day - dt.timedelta(days=(day.weekday() - mention.weekday - 1) % 7 + 1)
    return None if published is not None and back < published else back
