"""A dateline's own minute and the stamps beside it on its line ("8.5.2019 8.54 | Published in English on 8.5.2019
at 13.24"): no events, unlike the mentions after them. Pure."""

from __future__ import annotations

import re

from parsers.dates import Mention

# "8.5.2019 8.54 | Published in English on 8.5.2019 at 13.24", "Nov 17, 2016 - Last updated at Nov 17, 2016": after
# a dateline, its minute and a stamp of the same line ("published" / "updated" and a few words) are no events.
_STAMP_CLAUSE = re.compile(
    r"(?:^|[|·•–—-]\s*)(?i:published|posted|last\s+updated|updated|modified|issued|created)(?:\s+[\w-]+){0,2}?"
    r"(?:\s+(?:on|at))?\s*:?\s*$"
)
_STAMP_MINUTE = re.compile(r"^\s*(?:,|at|@|/|\|)?\s*$")  # between a stamp's date and its minute
_CLAUSE_REACH = 40  # characters before a stamp's date in which its word is looked for


def past_stamps(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of a dateline's block after its date but the dateline's minute and the stamps beside it."""
    kept: list[Mention] = []
    stamp: Mention | None = mentions[0]
    for mention in mentions[1:]:
        between = text[stamp.end : mention.start] if stamp is not None else ""
        if stamp is not None and mention.kind == "time" and mention.until is None and _STAMP_MINUTE.match(between):
            stamp = None  # the minute of the stamp before it
            continue
        if mention.kind == "day" and mention.first is not None and mention.first.year is not None \
                and _STAMP_CLAUSE.search(text, max(0, mention.start - _CLAUSE_REACH), mention.start):
            stamp = mention
            continue
        stamp = None
        kept.append(mention)
    return kept
