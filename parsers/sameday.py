"""Two whole-day mentions of one named happening on one day are one event: "New venue for the SPA Public Board
Meeting - 25 May 2017." and "... the SPA public board meeting due tomorrow (25 May 2017)". The name (capitalised
words ending on a word for a gathering) one title gives is said again, its last three words in any case, by the
other's text. Pure.
(merge.py merges such twins as it merges timed mentions at one moment, and a day-long mention of a timed one.)
"""

from __future__ import annotations

import re

from parsers.findings import Finding

# "SPA Public Board Meeting", "Annual General Meeting", "Council Hearing": two or more capitalised words (an acronym
# among them), the last a gathering.
_NAMED = re.compile(r"\b(?:[A-Z][\w'’&-]*\s+){1,5}(?:Meeting|Session|Sitting|Hearing|Conference|Summit|Forum"
                    r"|Assembly|Ceremony|Briefing|Congress|Convention|Symposium|Seminar|Workshop)\b")


_TAIL = 3  # words of the name said again: "the board's annual general meeting" for its "... Annual General Meeting"


def _name(finding: Finding) -> str:
    found = _NAMED.search(finding.summary)
    return " ".join(found.group().split()[-_TAIL:]).lower() if found is not None else ""


def same_named_day(kept: Finding, finding: Finding) -> bool:
    """Are two whole-day findings of one day and kind the same named happening? (merge.py then merges them.)"""
    return kept.time is None and finding.time is None and kept.first == kept.last == finding.first == finding.last \
        and kept.kind == finding.kind and _told_by_name(kept, finding)


def _told_by_name(a: Finding, b: Finding) -> bool:
    """Does the name one title gives stand in the other's text?"""
    first, second = _name(a), _name(b)
    return bool(first) and first in " ".join(b.text.split()).lower() \
        or bool(second) and second in " ".join(a.text.split()).lower()
