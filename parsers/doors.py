"""The start of an event told after its doors' opening ("Doors open at 6pm, talk at 6.30pm", "doors open at 7 for a
7.30pm start"): the doors are a practicality, the later time is the event's own; and the doors of a named event
alone ("Doors open at 7pm for the concert on Saturday 14 March"), which give its day. Pure."""

from __future__ import annotations

import re

from parsers.dates import Mention

# "Arrival from 17:30, lecture at 18:00", "Registration at 9, opening at 9.30": the same, the guests' own time.
_DOORS = re.compile(r"\b(?:doors\s+(?:will\s+)?open(?:s|ing)?|arrival|registration|check-in)\b", re.IGNORECASE)
# Between the two times: ", talk at", "; performance from", " for a", ", with the lecture starting at".
_THEN = re.compile(r"\s*(?:,|;|\band\b|\bwith\b|\bfor\b)\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?"
                   r"(?:(?:at|from)\s*)?$", re.IGNORECASE)


def start_after_doors(sentence: str, times: list[Mention]) -> Mention | None:
    """The time after the doors' time in a sentence that opens the doors, when it follows it as the event's
    start; None when the sentence holds no such pair."""
    found = _DOORS.search(sentence)
    if found is None:
        return None
    doors = next((t for t in times if t.start >= found.end()), None)
    later = next((t for t in times if doors is not None and t.start >= doors.end), None)
    if doors is None or later is None or doors.time is None or later.time is None or later.time <= doors.time:
        return None
    return later if _THEN.match(sentence, doors.end, later.start) else None


# "Doors open at 7pm for the concert on Saturday 14 March", "The town hall meeting is on Friday 13 March, and doors
# open at 6pm": doors opening at an hour, in a sentence that names the gathering they open for. (Not registration,
# which as often opens a window online as a desk at the door.)
_DOORS_AT = re.compile(r"\bdoors\s+(?:will\s+)?(?:open|opens|are\s+open)\s+(?:at|from)\s+\d")
_GATHERING = re.compile(r"\b(?:meeting|concert|conference|hearing|talk|lecture|ceremony|forum|workshop|seminar"
                        r"|session|festival|show|performance|screening|match|game|debate|briefing|summit|launch"
                        r"|reception|gala|dinner|rally|town\s+hall|assembly|quiz|recital|premiere|party|celebration"
                        r"|vigil|fundraiser|auction|tournament|race|service)s?\b")
DOORS_NOTE = "time taken from the doors' opening: the text gives no later start"


def doors_of_a_gathering(lowered: str) -> bool:
    """Does a sentence (lower-cased) open the doors at an hour for a gathering it names? Then the day is that
    gathering's, and the doors' hour the only time it gives."""
    found = _DOORS_AT.search(lowered) if "doors" in lowered else None  # (a scan at memory speed first)
    return found is not None and _GATHERING.search(lowered[: found.start()] + " " + lowered[found.end() :]) is not None


# "..., at approximately 10.30, the Prime Minister holds a press conference ...; seating at 10.15": the seating or
# the doors told after the event's own, later, time, in a clause that says nothing else before its hour.
_DOORS_AFTER = re.compile(r"[,;]\s*(?:(?:the\s+)?seating|doors)(?:\s+(?:will\s+be|is|are|open|opens|will\s+open))?"
                          r"\s*(?:at|from)?\s*$", re.IGNORECASE)


def without_doors_after(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, less a seating's or doors' hour told after a later hour of the same sentence: that later hour
    is the event's, the earlier one a practicality of it."""
    kept: list[Mention] = []
    for mention in mentions:
        if mention.kind == "time" and mention.time is not None and sentence[mention.start - 1 : mention.start] != "(":
            found = _DOORS_AFTER.search(sentence, max(0, mention.start - 40), mention.start)
            if found is not None and any(m.kind == "time" and m.time is not None and m.time > mention.time
                                         for m in kept):
                continue
        kept.append(mention)
    return kept
