"""Two sittings named each with its own time in one line, before the day they share ("Special Meeting, Closed
Session - 4:00 PM & Regular Meeting - 6:00 PM Tuesday, May 17, 2022", "Closed Session at 4:00 PM and Regular
Meeting at 6:00 PM on Tuesday"): the time next to the day is the event's own, and each earlier named time is
another event of that day. Pure.

Only a name in capitals, joined by "and" or "&" and led to its time by "at" or a dash, stands between the two
times ("at 9 am and again at 2 pm" is a list of times, itinerary.listed_times; "opens at 9 am, with lunch at
noon" names no sitting).
"""

from __future__ import annotations

import re

from parsers.dates import Mention

_NAMED_JOINT = re.compile(r"\s*(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,6}(?:(?:at|[-–—])\s*)?")
_MAX_NAMED = 3  # a line names two or three sittings, not a programme


def named_times_before(sentence: str, times: list[Mention], used: Mention | None) -> list[Mention]:
    """The times of sittings named before the event's own in `sentence`, earliest first."""
    if used is None or used not in times:
        return []
    return earlier_times(sentence, times, used, _NAMED_JOINT, _MAX_NAMED)


def earlier_times(sentence: str, times: list[Mention], used: Mention, joint: re.Pattern[str],
                  most: int) -> list[Mention]:
    """The times before `used` (at most `most`), earliest first, each joined to the next by `joint` alone, on the
    same clock, each earlier than the next and none a range: times the event, or a sitting named with it, happens
    too (itinerary.listed_times reads "at 11.30 am, and again at 2.00 pm, on Thursday" by it as well)."""
    found: list[Mention] = []
    after = used
    for mention in reversed(times[max(0, times.index(used) - most) : times.index(used)]):
        if not joint.fullmatch(sentence, mention.end, after.start) or mention.zone != used.zone \
                or mention.time is None or after.time is None or mention.time >= after.time \
                or mention.until is not None:
            break
        found.insert(0, mention)
        after = mention
    return found
