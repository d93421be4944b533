"""Clock times told in words around them: a bare hour after a verb of starting, read beside a time that says its
half of the day, and hours whose half of the day is said in words (a start and an end told in two clauses are one
range: toldranges.py). Pure.

    Doors open at 6:30 pm and the talk starts at 7.        19:00: the next such hour after 18:30
    The fair starts at 6 and ends at 8 pm.                 18:00: the last such hour before 20:00
    from 7 to 9 in the evening                             19:00 to 21:00
    from nine to eleven in the morning                     09:00 to 11:00
    between two and four o'clock · between 12 and three   14:00 to 16:00 · 12:00 to 15:00
    on the evening of Tuesday 18 March at 7                19:00

"at 7" alone is no clock: it may count anything ("at 7 sites"). After "starts", "begins" or "opens", and before
punctuation or a preposition, it is an hour, and a time of the same passage says which of its two: the hour that
comes next after the time before it, or else the last before the time after it. Without such a time it stays unread.
A range of hours with "o'clock" after it, or with an end in words, and no half of the day is in the hours meetings are
held in (clock.said_hour: 7 to 11 in the morning, 12 to 6 after noon); "between 2 and 4." in figures alone stays a
count, and a range after "aged", "ages" or "age" is of years ("children aged between two and four").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from parsers.clock import said_hour
from parsers.gate import Gated
from parsers.mentions import Mention
from parsers.spokenclock import HOUR_WORD, HOURS

# What follows an hour that is no count: punctuation, or a preposition ("starts at 7 in the hall"), not a noun.
_BARE_ENDING = r"(?=\s*(?:[,;)]|\.(?!\d)|$)|\s+(?:at|in|on|and|with|sharp|prompt)\b)"
_BARE_HOUR = Gated(re.compile(
    r"\b(?:starts?|begins?|opens?|commences?|kicks?\s+off|gets?\s+under\s*way|resumes?|gets?\s+going)"
    rf"\s+(?P<at>at\s+)(?P<hour>1[0-2]|[1-9]){_BARE_ENDING}",
    re.IGNORECASE), "start", "begin", "open", "commence", "kick", "under", "resume", "going")
# The cheap test first: "at" and an hour with no minutes ("at" is a literal the engine skips ahead to).
_AT_A_BARE_HOUR = re.compile(r"at\s+(?:1[0-2]|[1-9])(?![\d:]|\.\d)")
_MARKED = re.compile(r"[ap]\.?\s?m\b|noon|midday|midnight|hrs|hours|\d[hH]", re.IGNORECASE)
_HALF = r"(?P<half>morning|afternoon|evening|night)"
_CLOCK = r"(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?"
_CLOCK_OR_WORD = rf"(?:{_CLOCK}|(?:{HOUR_WORD})\b)"  # "9", "9.30", "nine"
_RANGE = (rf"\b(?:from|between)\s+(?P<first>{_CLOCK_OR_WORD})\s*(?:to|until|till|and|-|–)\s*"
          rf"(?P<last>{_CLOCK_OR_WORD})")
# "from 7 to 9 in the evening", "from nine to eleven in the morning": the half of the day said once, after the range.
_HALF_DAY_RANGE = Gated(re.compile(rf"{_RANGE}\s+in\s+the\s+{_HALF}\b", re.IGNORECASE),
                        "morning", "afternoon", "evening", "night")
# "between two and four o'clock", "between 12 and three": a range of hours with no half of the day, said to be hours by
# "o'clock" or told in words and before punctuation or a preposition (not "between two and four sites")
# (not before a share or a period a count is of: "between two and four in the spring", "on each side", "in every ward")
_NO_COUNT_AFTER = (r"(?!\s+(?:in|on|at)\s+(?:each|every|both|all|the\s+(?:coming|next|first|last|spring|summer|autumn"
                   r"|fall|winter|year|month|week|years|months|weeks)\b))")
_SAID_RANGE = Gated(re.compile(rf"{_RANGE}(?:\s*(?P<oclock>o[’']\s?clock)\b|{_NO_COUNT_AFTER}{_BARE_ENDING})",
                               re.IGNORECASE),
                    "from", "between")
# "children aged between two and four", "for ages from five to seven": a range of years of age, no hours
_AGED = re.compile(r"\bag(?:e|es|ed)\s+$", re.IGNORECASE)
# "on the evening of Tuesday 18 March at 7": the half of the day before the date, a bare hour after it.
_HALF_OF_THE_DAY = re.compile(
    rf"\bthe\s+{_HALF}\s+of\b[^.;:]{{0,60}}?\s(?P<at>at\s+)(?P<hour>{_CLOCK}){_BARE_ENDING}", re.IGNORECASE)
# "at 3 this afternoon", "at 7 tonight": a bare hour before the part of today it falls in (the words after it are
# left to the date's reading: today); "tonight" only of evening hours ("at 12 tonight" is not read).
_THIS_HALF = re.compile(
    r"\b(?P<at>at\s+)(?P<hour>(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?)(?=\s+(?:this\s+(?P<half>morning|afternoon|evening)"
    r"|(?P<tonight>tonight))\b)", re.IGNORECASE)
# "this afternoon at 3", "tonight at 8": the part of today first, then the bare hour.
_THIS_HALF_FIRST = re.compile(
    r"\b(?:this\s+(?P<half>morning|afternoon|evening)|(?P<tonight>tonight))\s+"
    rf"(?P<at>at\s+)(?P<hour>(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?){_BARE_ENDING}", re.IGNORECASE)
_TONIGHT_HOURS = range(5, 12)
_REACH = 200  # characters between the bare hour and the time that tells its half of the day
_HALF_DAY = 12


def with_bare_hours(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a time for each bare hour after a verb of starting that a nearby time places."""
    times = [m for m in mentions if m.kind == "time" and m.time is not None]  # (the cheapest test first)
    if not times or not _BARE_HOUR.could_match(text) or not _AT_A_BARE_HOUR.search(text):
        return mentions
    found = []
    for match in _BARE_HOUR.pattern.finditer(text):
        if any(m.start <= match.start("hour") < m.end for m in mentions):
            continue
        hour = _hour_beside(int(match.group("hour")), match.start(), times)
        if hour is not None:
            start = match.start("at")
            found.append(Mention("time", start, match.end(), text[start : match.end()], time=dt.time(hour)))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: m.start)


def _hour_beside(hour: int, where: int, times: list[Mention]) -> int | None:
    """The one of `hour`'s two readings that follows the nearest time before it (within reach), or else the one
    that precedes the nearest time after it."""
    readings = (hour % _HALF_DAY, hour % _HALF_DAY + _HALF_DAY)
    starts = [m.start for m in times]
    at = bisect.bisect_left(starts, where)
    before = times[at - 1] if at > 0 and where - times[at - 1].end <= _REACH else None
    after = times[at] if at < len(times) and times[at].start - where <= _REACH else None
    told_before = before and (before.until or before.time)  # the end of a range before: "6-6:30 pm"
    if told_before:
        told = told_before.hour * 60 + told_before.minute
        later = [r for r in readings if told < r * 60 <= told + _HALF_DAY * 60]
        return later[0] if later else None
    if after is not None and after.time is not None:
        told = after.time.hour * 60 + after.time.minute
        earlier = [r for r in readings if told - _HALF_DAY * 60 <= r * 60 < told]
        return earlier[-1] if earlier else None
    return None


def with_halves_of_the_day(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the hours whose half of the day is said in words apart from them ("from 7 to 9 in the
    evening", "on the evening of Tuesday 18 March at 7"), where no mention holds them yet."""
    found = _said_ranges(text)
    if not _HALF_DAY_RANGE.could_match(text) and not found:  # (the next two hold a half of the day: one gate for both)
        return mentions
    for match in _HALF_DAY_RANGE.pattern.finditer(text):
        first = _on_half(match.group("first"), match.group("half"))
        last = _on_half(match.group("last"), match.group("half"))
        if last == dt.time(0) and match.group("half") == "morning":
            last = dt.time(12)  # "from 10 to 12 in the morning": it ends at noon
        if first < last or match.group("half") == "night":
            found = [f for f in found if not (f.start < match.end() and match.start() < f.end)]  # (its half said)
            found.append(Mention("time", match.start(), match.end(), match.group(), time=first, until=last))
    for match in _HALF_OF_THE_DAY.finditer(text):
        start = match.start("at")
        found.append(Mention("time", start, match.end(), text[start : match.end()],
                             time=_on_half(match.group("hour"), match.group("half"))))
    for match in (*_THIS_HALF.finditer(text), *_THIS_HALF_FIRST.finditer(text)):
        hour = match.group("hour")
        if match.group("tonight") and int(re.split(r"[.:]", hour)[0]) not in _TONIGHT_HOURS:
            continue
        start = match.start("at")
        found.append(Mention("time", start, match.end(), text[start : match.end()],
                             time=_on_half(hour, match.group("half") or "evening")))
    found = [f for f in found if not any(m.start < f.end and f.start < m.end and not _unmarked(m)
                                         and not _within(m, f) for m in mentions)]
    if not found:
        return mentions
    # A clock the grammar read without its half of the day ("at 7:30" of "on the evening of ... at 7:30") gives way,
    # its zone label kept ("at 8:15 this morning, central time": the grammar's clock read the label after the words);
    # so does a clock of the range's own words ("four o'clock" of "between two and four o'clock")
    kept = [m for m in mentions if not any((_unmarked(m) or _within(m, f)) and m.start < f.end and f.start < m.end
                                           for f in found)]
    found = [_with_label_of(f, mentions) for f in found]
    return sorted([*kept, *found], key=lambda m: m.start)


def _said_ranges(text: str) -> list[Mention]:
    """The ranges of hours with no half of the day said ("between two and four o'clock", "between 12 and three"), each
    end in the hours meetings are held in; an end before the start after noon is the evening's ("from six to eight
    o'clock": 18:00 to 20:00)."""
    if not _SAID_RANGE.could_match(text):
        return []
    found = []
    for match in _SAID_RANGE.pattern.finditer(text):
        if not match.group("oclock") and match.group("first")[0].isdigit() and match.group("last")[0].isdigit():
            continue  # "between 2 and 4." in figures alone: a count as often as hours
        if _AGED.search(text, max(0, match.start() - 8), match.start()):
            continue  # "aged between two and four": years of age
        first, last = _said(match.group("first")), _said(match.group("last"))
        if last < first and first.hour > _HALF_DAY and last.hour < _HALF_DAY:
            last = last.replace(hour=last.hour + _HALF_DAY)
        if first < last:
            found.append(Mention("time", match.start(), match.end(), match.group(), time=first, until=last))
    return found


def _said(clock: str) -> dt.time:
    """An end of a range with no half of the day said, in the hours meetings are held in ("nine": 09:00, "3": 15:00)."""
    hour, minute = _hour_said(clock)
    return dt.time(said_hour(hour, None), minute)


def _hour_said(clock: str) -> tuple[int, int]:
    """The hour and minute of a clock said in figures or words, with no half of the day applied ("9.30": (9, 30),
    "nine": (9, 0))."""
    said, _, minute = clock.replace(".", ":").partition(":")
    return (int(said) if said.isdigit() else HOURS[said.lower()]), int(minute or 0)


def _within(mention: Mention, found: Mention) -> bool:
    """Is `mention` a clock read of part of `found`'s words ("four o'clock" of "between two and four o'clock")?"""
    return mention.kind == "time" and found.start <= mention.start and mention.end <= found.end


def _with_label_of(found: Mention, mentions: list[Mention]) -> Mention:
    """`found`, with the zone label of the unmarked clock of `mentions` it stands over, where it has none."""
    if found.zone:
        return found
    labels = [m.zone for m in mentions if m.zone and _unmarked(m) and m.start < found.end and found.start < m.end]
    return found._replace(zone=labels[0]) if labels else found


def _unmarked(mention: Mention) -> bool:
    """A time under 12:00 written without am, pm or a 24-hour clock past noon ("7:30", "10 to 12")."""
    return mention.kind == "time" and mention.time is not None and mention.time.hour < _HALF_DAY \
        and (mention.until is None or mention.until.hour <= _HALF_DAY) and not _MARKED.search(mention.text)


def _on_half(clock: str, half: str) -> dt.time:
    """"7" in the evening: 19:00; "12" in the morning: midnight; "12" in the afternoon: noon."""
    hour, minute = _hour_said(clock)  # ("nine" in the morning)
    later = half != "morning" and not (half == "night" and hour < 5)  # "at 2 in the night": 02:00
    return dt.time(hour % _HALF_DAY + (_HALF_DAY if later else 0), minute)
