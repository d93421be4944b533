"""The time or day an event was set for, told before the new one it has moved to ("The press conference scheduled for
10:00 on 7 May has been rescheduled to 15:00", "The meeting scheduled for 10 February has been moved to 12 February"):
set aside, no event. Pure."""

from __future__ import annotations

import re

from parsers.gate import Gated
from parsers.mentions import Mention
from parsers.verbs import MOVED, PLANNED

_SET_FOR = re.compile(rf"\b(?:{PLANNED})\s+(?:for|at)\s*$", re.IGNORECASE)
# The sentence goes on to say the event moved: "has been rescheduled to", "was moved to", "will now start at".
_MOVED_ON = Gated(re.compile(
    rf"\b(?:has|have|had|was|were|is|are|will\s+be)\s+(?:been\s+)?(?:{MOVED}|changed)\s+(?:to|until|till|for)\b",
    re.IGNORECASE),
    "rescheduled", "moved", "postponed", "brought", "put back", "pushed back", "changed", "delayed", "shifted")
_REACH = 24  # characters before the time where "scheduled for" stands


def time_set_aside(sentence: str, start: int, end: int) -> bool:
    """Is the time from `start` to `end` the one its event was set for, before the sentence says it moved?"""
    return _SET_FOR.search(sentence, max(0, start - _REACH), start) is not None \
        and _MOVED_ON.search(sentence, end) is not None


def day_set_aside(sentence: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Is the day from `start` to `end` the one its event was set for, the sentence giving another day it moved to?
    ("scheduled for 10 February has been moved to 12 February"; not "... moved to 14:30 on the same day", whose
    day stays the event's.)"""
    if _SET_FOR.search(sentence, max(0, start - _REACH), start) is None:
        return False
    moved = _MOVED_ON.search(sentence, end)
    return moved is not None and any(m.start >= moved.end() and m.kind in ("day", "span", "weekday")
                                     for m in mentions)
