"""An appeal about an incident ("Police are appealing for witnesses after a burglary on Main Street between
10pm on Saturday 3 January and 6am on Sunday"): its dates say when something happened, not an event. Pure."""

from __future__ import annotations

import re

from parsers.gate import Gated
from parsers.tense import tells_what_is_to_come

# "appealing for witnesses", "appeal for information", "asking anyone who saw", "urging drivers with dashcam
# footage": a call to those who saw what happened.
_APPEAL = Gated(re.compile(
    r"\b(?:appeal(?:s|ed|ing)?|calling|asking|urging)\s+(?:for\s+)?(?:any\s+)?(?:further\s+)?"
    r"(?:witnesses|information|sightings|dash-?cam|footage|anyone\s+(?:who|with)|drivers\s+who)",
    re.IGNORECASE), "appeal", "calling", "asking", "urging")
# "after a burglary on ...", "following the fatal collision on ...": the day of an incident.
_AFTER_INCIDENT = Gated(re.compile(
    r"\b(?:after|following)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:burglary|robbery|theft|break-in|assault"
    r"|attack|collision|crash|shooting|stabbing|hit-and-run|arson|disturbance|incident)\b[^.;]*$",
    re.IGNORECASE), "after", "following")


def incident(sentence: str, start: int) -> bool:
    """Does the date at `start` tell when an incident happened, in a sentence that appeals about it or names
    it right before (and tells of nothing to come: "will hold a press conference on Monday to appeal ...")?"""
    if tells_what_is_to_come(sentence):
        return False
    return _APPEAL.search(sentence) is not None or _AFTER_INCIDENT.search(sentence, 0, start) is not None
