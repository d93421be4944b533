"""A range whose two ends each carry their day, the time before it: "from 01:00 am on November 10 to 15:00 on
November 10", "from 23:00 on 7 March to 05:00 on 8 March", "desde las 22:00 del 7 de marzo hasta las 05:00 del 8 de
marzo". One happening from the first time to the second: the second end, its day restated, is no event of its own.
Pure."""

from __future__ import annotations

import datetime as dt
import re

from parsers.mentions import DayPart, Mention

# Between a time and its day: "on", or the article other languages put there ("del 7 de marzo", "du 7 mars").
_TIME_TO_DAY = re.compile(r"[\s,]*(?:(?i:on|on\s+the|del|de|du|le|il|am)\s+)?")
# Between the first day and the second time: a word of a range, unless the second time's own words open with one.
_TO = re.compile(r"[\s,]*(?:(?i:to|until|till|through|up\s+to|hasta|à|a|al|alle|bis)\b|[-–—])\s*")
_OPENS_AS_AN_END = re.compile(r"(?i:to|until|till|hasta|jusqu'à|jusqu’à|fino\s+alle|alle|bis)\b")
_PROBE_YEAR = 2023  # a year with no 29 February: only the distance of two days given without one is asked


def _date(part: DayPart, year: int | None) -> dt.date | None:
    return part.in_year(part.year or year or _PROBE_YEAR)


def _ends_same_or_next_day(first: DayPart, last: DayPart, start: dt.time, end: dt.time) -> bool:
    """The second day is the first (the end later in it) or the next (the end before the start's hour)."""
    if first.year is not None and last.year is not None and first.year != last.year:
        return False
    a, b = _date(first, last.year), _date(last, first.year)
    if a is None or b is None:
        return False
    return (b == a and end > start) or (b - a == dt.timedelta(days=1) and end <= start)


def _ranged(text: str, ms: list[Mention]) -> bool:
    """Are these four mentions time, day, time, day of one range told end by end?"""
    t1, d1, t2, d2 = ms
    if not (t1.kind == "time" == t2.kind and d1.kind == "day" == d2.kind and t1.until is None and t2.until is None
            and t1.time is not None and t2.time is not None and d1.first is not None and d2.first is not None):
        return False
    if not (_TIME_TO_DAY.fullmatch(text, t1.end, d1.start) and _TIME_TO_DAY.fullmatch(text, t2.end, d2.start)):
        return False
    if not (_TO.fullmatch(text, d1.end, t2.start)
            or (re.fullmatch(r"[\s,]*", text[d1.end : t2.start]) and _OPENS_AS_AN_END.match(t2.text))):
        return False
    return _ends_same_or_next_day(d1.first, d2.first, t1.time, t2.time)


def with_dated_ends(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each such range read as its first time, ending at the second, on the first day."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        four = mentions[i : i + 4]
        if len(four) == 4 and _ranged(text, four):
            t1, d1, t2, _ = four
            out += [t1._replace(until=t2.time, zone=t1.zone or t2.zone), d1]
            i += 4
            continue
        out.append(mentions[i])
        i += 1
    return out
