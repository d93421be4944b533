"""The length of a tour or visit told before the day it starts. "The President is due to spend two days in the
region ... His itinerary has him starting his tour of the Region on October 7", "is expected to begin a two-day tour
of the region. ... he is to commence his tour on 7 October", "The Minister will spend three days in Kenya, starting
on 3 June": the count stands in the sentence before, or earlier in the day's own sentence, told as to come; the day
is said right after a verb of starting (the tour, the visit). The day said is then the first of that many. Pure.
(A count after the day, or before it with no comma between, is read by parsers/extent.py.)
"""

from __future__ import annotations

import re

from parsers import tense
from parsers.dates import Mention

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNT = re.compile(r"\b(?:(?P<n>two|three|four|five|six|seven|[2-7])[- ]day\s+(?:[\w'’-]+\s+){0,2}?"
                    r"(?:visit|tour|trip|mission|stay|swing)s?"
                    r"|spend(?:s|ing)?\s+(?P<m>two|three|four|five|six|seven|[2-7])\s+days)\b", re.IGNORECASE)
# "Following last month's two-day tour", "after the previous three-day visit": another trip, told before.
_TOLD_BEFORE = re.compile(r"\b(?:last|previous|past|recent|following|after)\b[\w\s'’-]{0,25}$", re.IGNORECASE)
# "starting his tour of the Region on", "to commence his visit on", "The tour starts on": the day the tour or visit
# starts (not "The budget hearing starts on": another event's day).
_TRIP = r"(?:tour|visit|trip|mission|stay)"
_START = r"(?:start(?:s|ing)?|begin(?:s|ning)?|commenc(?:e|es|ing))"
_STARTS = re.compile(rf"\b{_START}\s+(?:his|her|their|its|the)\s+(?:[\w'’-]+\s+)?{_TRIP}(?:\s+[\w'’-]+){{0,5}}?"
                     rf"\s+(?:on\s+)?(?:the\s+)?$|\b{_TRIP}s?\s+{_START}\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
# "will spend three days in Kenya, starting on": the count's own clause goes on to its first day.
_STARTING = re.compile(r",\s*(?:starting|beginning)\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
# "is to spend two days": a plan, as "will" and "is due to" are (parsers/tense.py)
_IS_TO = re.compile(r"\b(?:is|are)\s+to\s", re.IGNORECASE)
_REACH = 80  # characters of the verb of starting and its object before the day


def counted_before(previous: str, sentence: str, day: Mention) -> tuple[int, bool] | None:
    """How many days the tour or visit that starts on `day` lasts, told before it; with False: the day is its first."""
    if day.kind != "day":
        return None
    near = max(0, day.start - _REACH)
    if _STARTS.search(sentence, near, day.start) is not None:
        texts: tuple[str, ...] = (sentence[: day.start], previous)
    elif _STARTING.search(sentence, near, day.start) is not None:
        texts = (sentence[: day.start],)
    else:
        return None
    for text in texts:
        found = _COUNT.search(text)
        if found is not None and not _TOLD_BEFORE.search(text, max(0, found.start() - 40), found.start()) \
                and (tense.future_marker(text) is not None or _IS_TO.search(text) is not None):
            count = (found.group("n") or found.group("m")).lower()
            return _NUMBERS.get(count) or int(count), False
    return None
