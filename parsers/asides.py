"""Dates and times a release gives that are no happening: a past meeting's field ("Previous meeting: 3 September
2022") and an embargo's end ("the embargo lifts at 00:01 on 12 October"). Pure.

(Not "available from": "photos will be available from 15:00" is none, but "the hall is open to visitors from
1 May" opens an exhibition, and the two are worded alike.)
"""

from __future__ import annotations

import re

# "Previous meeting:", "Last session:", "Prior hearing -": a field naming the one before, not the next
_PREVIOUS_FIELD = re.compile(r"^\W*(?:previous|last|prior|preceding)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:meeting|session|sitting|hearing|edition|conference|summit|round|briefing)s?"
                             r"\s*[:–—-]\s*$", re.IGNORECASE)
# "the embargo lifts at", "embargoed until", "under embargo till": when the news may be told
_EMBARGO = re.compile(r"\bembargo(?:ed)?\b[^.;]{0,30}?(?:lift(?:s|ed)?|ends?|expires?|until|till)(?:\s+(?:at|on))?\s*$",
                      re.IGNORECASE)
_REACH = 60  # characters before a date where these words stand


def no_happening(before: str) -> bool:
    """Do the words right before a date or time (with the preposition its own words may hold) say it is none of a
    happening?"""
    near = before[-_REACH:]
    lowered = near.lower()
    return ("previous" in lowered or "last" in lowered or "prior" in lowered or "preceding" in lowered) \
        and _PREVIOUS_FIELD.search(near) is not None \
        or "embargo" in lowered and _EMBARGO.search(near) is not None
