"""Ranges told end by end: a start and the end a next clause gives it ("starts at 6 pm and ends at 8 pm", "opens at
7 a.m. on 20 February and closes at 5 p.m."), an arrival and the start it is for ("7pm for 7.30pm"), and a range
whose two ends each carry their day, the time before it ("from 01:00 am on November 10 to 15:00 on November 10",
"from 23:00 on 7 March to 05:00 on 8 March", "desde las 22:00 del 7 de marzo hasta las 05:00 del 8 de marzo").
Each is one happening from the first time to the second: the end, told apart, is no event of its own. Pure."""

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
# Between a start and its end: "starts at 6 pm and ends at 8 pm", "begins at 9:00, finishing at 11:00".
_THEN_ENDS = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:(?:it|they)\s+)?(?:ends?|finish(?:es|ing)?|concludes?|closes?"
                        r"|adjourns|is\s+over|wraps?\s+up|ending|concluding|closing|runs?\s+(?:until|till|to))\s+"
                        r"(?:(?:at|by|around|about)\s+)?$", re.IGNORECASE)
_ON_ITS_DAY = re.compile(r"\s*,?\s*(?:on\s+)?$")  # "at 7 a.m. on 20 February": only "on" between a time and its day
_NEW_SENTENCE = re.compile(r"\.\s+[A-Z]")  # a full stop (a.m.'s own too), then a capital: the next sentence
# "7pm for 7.30pm": arrive at the first time for a start at the second (invitations in British usage).
_ARRIVE_FOR = re.compile(r"\s+for\s+$")
_ARRIVAL_REACH = dt.timedelta(hours=2)  # "9am for 10am"; "2 pm for 11 pm" is no arrival


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


def with_told_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a time and the end a next clause gives it ("starts at 6 pm and ends at 8 pm") as one range,
    and an arrival and the start it is for ("7pm for 7.30pm start") as the start alone, its words the arrival's too."""
    out: list[Mention] = []
    for mention in mentions:
        start = out[-1] if out else None
        if start is not None and _arrival_for(text, start, mention):
            out[-1] = mention._replace(start=start.start, text=text[start.start : mention.end])
            continue
        if start is not None and start.kind == "time" and start.until is None and mention.kind == "time" \
                and mention.until is None and mention.time is not None and mention.time != start.time \
                and _THEN_ENDS.match(text[start.end : mention.start] + (" " if mention.text[:1].isdigit() else "")) \
                and not _NEW_SENTENCE.match(text, start.end - 1, mention.start):
            # (not across a full stop: "sits at 9.30 am. It closes at 6 pm." tells the start, then the close)
            out[-1] = start._replace(end=mention.end, text=text[start.start : mention.end], until=mention.time,
                                     zone=start.zone or mention.zone)
            continue
        if len(out) >= 2 and _ends_after_its_day(text, out[-2], out[-1], mention):
            # "open at 7 a.m. on 20 February and close at 5 p.m.": the day between a start and its end. (The end's
            # words go with the day's, the next words: stretched over them, the start's would hold the day's.)
            out[-2] = out[-2]._replace(until=mention.time, zone=out[-2].zone or mention.zone)
            out[-1] = out[-1]._replace(end=mention.end, text=text[out[-1].start : mention.end])
            continue
        out.append(mention)
    return out


def _ends_after_its_day(text: str, start: Mention, day: Mention, end: Mention) -> bool:
    """"at 9 a.m. on Saturday 13 February and closes at 4 p.m.": a time, its day, then a clause that ends it."""
    return start.kind == "time" and start.until is None and start.time is not None and day.kind == "day" \
        and end.kind == "time" and end.until is None and end.time is not None and end.time > start.time \
        and _ON_ITS_DAY.match(text, start.end, day.start) is not None \
        and _THEN_ENDS.match(text[day.end : end.start] + (" " if end.text[:1].isdigit() else "")) is not None \
        and not _NEW_SENTENCE.match(text, day.end - 1, end.start)


def _arrival_for(text: str, arrival: Mention, start: Mention) -> bool:
    """"6.30pm for 7pm": two times with only "for" between them, the second a little later than the first."""
    if arrival.kind != "time" or start.kind != "time" or arrival.until is not None or arrival.time is None \
            or start.time is None or not _ARRIVE_FOR.match(text, arrival.end, start.start):
        return False
    day = dt.date(2000, 1, 1)
    later = dt.datetime.combine(day, start.time) - dt.datetime.combine(day, arrival.time)
    return dt.timedelta(0) < later <= _ARRIVAL_REACH
