"""Vietnamese dates and times, read into the same mentions as the English grammar. Pure.

    days     ngày 20 tháng 10 năm 2015 · 20 tháng 10 năm 2015 · ngày 5 tháng 3 · thứ hai ngày 23/5 · ngày 23/5/2022
    times    8 giờ 00 · 7 giờ 15 phút · lúc 9 giờ · 2 giờ chiều · 9g30 · 14g

Vietnamese writes a month as "tháng" and its number, and the clock as the hour, "giờ" (or "g") and the minutes,
mostly on the 24-hour clock; the part of the day after it ("sáng", morning; "chiều", afternoon; "tối", evening)
puts an hour of the twelve-hour clock after noon. A whole hour with no minutes is read after "lúc" (at), "từ"
(from), "đúng" (sharp) or "vào" (on, at), or before the part of the day: "trong 2 giờ" is two hours, no clock,
and "kéo dài 3 giờ 20 phút" a length.
dates.find_mentions lays these mentions over those the other grammars found in the same text, the longer reading of
the same words winning.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.langgrammar import compile_forms, parts
from parsers.mentions import DAY_NUMBER, YEAR_NUMBER, Mention, day_part

_MONTH = r"(?:1[0-2]|0?[1-9])"
_HOUR = r"(?:[01]?\d|2[0-3])"
# The weekdays, "thứ" (the ordinal) and the day's number from Monday, the second, to Saturday, the seventh; Sunday is
# "chủ nhật".
WEEKDAYS = {"thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5, "chủ nhật": 6}
_WEEKDAY = r"(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"
_PART = r"(?P<tp>sáng|trưa|chiều|tối|đêm)"
_AT = r"(?:(?<![\w])(?:lúc|Lúc|từ|Từ|đúng|Đúng|vào|Vào)\s+)"
# "kéo dài 3 giờ 20 phút" (lasts three hours twenty), "trong 2 giờ 30" (within), "mất 1 giờ 15" (takes): a length
_NOT_A_LENGTH = r"(?<!dài )(?<!trong )(?<!mất )(?<!khoảng )"
_FORMS = {
    # "ngày 20 tháng 10 năm 2015", "20 tháng 10 năm 2015", "ngày 5 tháng 3": a day
    "d": rf"(?:(?i:ngày)\s+)?(?P<dd>{DAY_NUMBER})\s+(?i:tháng)\s+(?P<dm>{_MONTH})(?!\d)"
         rf"(?:,?\s+(?i:năm)\s+(?P<dy>{YEAR_NUMBER})\b)?",
    # "thứ hai ngày 23/5", "ngày 23/5/2022", "Chủ nhật, ngày 5/6": a day and month in figures after "ngày" (day),
    # its weekday before it
    "n": rf"(?:(?P<nw>{_WEEKDAY}),?\s+)?(?i:ngày)\s+(?P<nd>{DAY_NUMBER})/(?P<nm>{_MONTH})(?:/(?P<ny>{YEAR_NUMBER}))?"
         rf"(?![\d/])",
    # "8 giờ 00", "7 giờ 15 phút", "9g30", "2 giờ 30 chiều": an hour and its minutes
    "m": rf"{_AT}?{_NOT_A_LENGTH}(?P<mh>{_HOUR})\s?(?:giờ|g)\s?(?P<mm>[0-5]\d)(?!\d)(?:\s*phút)?"
         rf"(?:\s+{_PART.replace('tp', 'mp')})?",
    # "lúc 9 giờ", "từ 14 giờ", "2 giờ chiều": a whole hour where a word says it is the clock's
    "h": rf"(?:{_AT}(?P<ah>{_HOUR})\s?(?:giờ|g)(?!\w|\s?[0-5]\d)"
         rf"(?:\s+{_PART.replace('tp', 'ap')})?"
         rf"|(?P<ph>{_HOUR})\s?(?:giờ|g)\s+{_PART.replace('tp', 'pp')})(?!\w)",
}
GRAMMAR = compile_forms(_FORMS)
_AFTER_NOON = {"chiều", "tối", "đêm"}
# A text of the language: a letter only Vietnamese writes (its horned and hooked vowels, and those with a dot below).
_VIETNAMESE = re.compile(r"[ơườởỡợừửữựảẩẳẻểỉỏổủỷạậặẹệịọộụỵ]")
_HOUR_LETTER = re.compile(r"\dg")  # "9g30", "14g": the hour's letter after its number


def vietnamese_mentions(text: str) -> list[Mention]:
    """The Vietnamese date and time mentions of `text`, in order (only a text with a letter of the language and a
    word of the month or the hour is read)."""
    if ("giờ" not in text and "tháng" not in text and "gày" not in text and _HOUR_LETTER.search(text) is None) \
            or _VIETNAMESE.search(text) is None:
        return []
    return [m for match in GRAMMAR.finditer(text) if (m := _mention(match)) is not None]


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "d":
        day = day_part(groups["dd"], int(groups["dm"]), groups["dy"], None)
        return Mention("day", *span, first=day) if day else None
    if form == "n":
        weekday = WEEKDAYS[" ".join(groups["nw"].lower().split())] if groups["nw"] else None
        day = day_part(groups["nd"], int(groups["nm"]), groups["ny"], weekday)
        return Mention("day", *span, first=day) if day else None
    if form == "m":
        return _clock(int(groups["mh"]), int(groups["mm"]), groups["mp"], span)
    hour = groups["ah"] or groups["ph"]
    return _clock(int(hour), 0, groups["ap"] or groups["pp"], span)


def _clock(hour: int, minutes: int, part: str | None, span: tuple[int, int, str]) -> Mention:
    """The time hour:minutes, after noon where the part of the day says so ("2 giờ chiều", 14:00)."""
    if part in _AFTER_NOON and hour < 12:
        hour += 12
    return Mention("time", *span, time=dt.time(hour, minutes))
