"""The start of an event told after its doors' opening ("Doors open at 6pm, talk at 6.30pm", "doors open at 7 for a
7.30pm start"): the doors are a practicality, the later time is the event's own. Pure."""

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
