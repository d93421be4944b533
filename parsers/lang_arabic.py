"""Arabic dates and times, read into the same mentions as the English grammar. Pure.

    days     14 يناير 2026 · الاثنين 13 مارس 2023 · 21 شباط · 3 جانفي
    spans    21 و 22 شباط · 21-22 شباط
    relative اليوم · غدًا · أمس
    times    الساعة 10:30 · 11:00 صباحًا · الساعة الحادية عشرة صباحًا · في الحادية عشرة والربع صباحًا ·
             الساعة الواحدة ظهرًا · العاشرة والنصف مساءً · في الحادية عشرة من قبل الظهر

Arabic names the months three ways: the Egyptian and Gulf "يناير ... ديسمبر", the Levantine and Iraqi "كانون الثاني ...
كانون الأول", and the Maghreb's "جانفي ... ديسمبر". An hour is often written as an ordinal word ("العاشرة", the tenth)
with a quarter or a half after it and the part of the day ("صباحًا", in the morning; "ظهرًا", at noon; "مساءً", in the
evening); a word hour is read only after "الساعة" (the hour) or before a part of the day, since "الجلسة الأولى" is the
first sitting, not one o'clock. dates.find_mentions lays these mentions over those the other grammars found in the same
text, the longer reading of the same words winning.
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import clock_range, compile_forms, named_day, one_day, parts, two_days_of_a_month
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention

MONTHS = {
    # Egypt and the Gulf
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
    # the Levant and Iraq
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "كانون الاول": 12,
    # the Maghreb
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8, "اوت": 8,
}  # fmt: skip
WEEKDAYS = {
    "الاثنين": 0, "الإثنين": 0, "الأثنين": 0, "الثلاثاء": 1, "الثلثاء": 1, "الأربعاء": 2, "الاربعاء": 2,
    "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}  # fmt: skip
# The hours as ordinal words ("the eleventh" is eleven o'clock); "الواحدة" (the one) is one o'clock.
HOURS = {
    "الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7,
    "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الحادية عشر": 11, "الثانية عشرة": 12,
    "الثانية عشر": 12,
}  # fmt: skip
_MINUTES = {"والنصف": 30, "والربع": 15, "والثلث": 20}
# The parts of the day, by the hours they move into the afternoon: "قبل الظهر" (before noon) none.
_MORNING = r"صباح(?:ًا|اً|ا)?|(?:من\s+)?قبل\s+الظهر"
_NOON = r"ظهر(?:ًا|اً|ا)?|(?:من\s+)?بعد\s+الظهر|عصر(?:ًا|اً|ا)?"
_EVENING = r"مساء(?:ً|ا|اً)?|ليل(?:ًا|اً|ا)?"
# Days counted from the publication date: today, tomorrow (with or without its tanween), yesterday.
_PUBLISHED = r"(?P<today>اليوم)|(?P<tomorrow>غد(?:ًا|اً|ا)|الغد)|(?P<yesterday>أمس|امس)"

_MONTH = f"(?:{alternatives(MONTHS)})"
_WEEKDAY = f"(?:{alternatives(WEEKDAYS)})"
_HOUR_WORD = f"(?:{alternatives(HOURS)})"
_THE_HOUR = r"(?:(?:على|في)\s+)?(?:تمام\s+)?الساعة\s+"
_PART = r"(?:\s+(?:(?P<{0}am>" + _MORNING + r")|(?P<{0}noon>" + _NOON + r")|(?P<{0}pm>" + _EVENING + r")))"
_FORMS = {
    # "21 و 22 شباط", "21-22 شباط 2022": two days of one month (found before its days)
    "s": (rf"(?P<s1d>{DAY_NUMBER})\s*(?:و|-|–)\s*(?P<s2d>{DAY_NUMBER})\s+(?:من\s+)?(?P<s2m>{_MONTH})(?!\w)"
          rf"(?:\s+(?P<s2y>{YEAR_NUMBER}))?"),
    # "14 يناير 2026", "الاثنين 13 مارس 2023": a day, its weekday before it
    "d": (rf"(?:(?P<dw>{_WEEKDAY})\s*[،,]?\s+)?(?P<dd>{DAY_NUMBER})\s+(?:من\s+)?(?P<dm>{_MONTH})(?!\w)"
          rf"(?:\s+(?P<dy>{YEAR_NUMBER}))?"),
    # "الساعة الحادية عشرة والربع صباحًا", "في الحادية عشرة من قبل الظهر": an hour in words
    "h": (rf"(?P<lead>{_THE_HOUR})?(?P<hw>{_HOUR_WORD})(?!\w)(?:\s+(?P<mw>{alternatives(_MINUTES)}))?"
          rf"{_PART.format('h')}?"),
    # "الساعة 10:30", "11:00 صباحًا", "الساعة 9 مساءً": an hour in figures
    "t": rf"(?P<lead2>{_THE_HOUR})?(?P<th>{HOUR_NUMBER})(?:[:.](?P<tm>[0-5]\d))?(?![\d:.]){_PART.format('t')}?",
    # "اليوم", "غدًا", "أمس": a day counted from the publication date
    "p": rf"(?:{_PUBLISHED})(?!\w)",
}
GRAMMAR = compile_forms(_FORMS)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_OFFSETS = {"today": 0, "tomorrow": 1, "yesterday": -1}


def arabic_mentions(text: str) -> list[Mention]:
    """The Arabic date and time mentions of `text`, in order (only a text in Arabic script is read)."""
    if _ARABIC.search(text) is None:
        return []
    return [said for match in GRAMMAR.finditer(text) if (m := _mention(match)) is not None for said in _days_of(m)]


_AND = re.compile(r"\s*و\s*")


def _days_of(mention: Mention) -> list[Mention]:
    """"21 و 22 شباط" (21 and 22 February): two days joined by "و" are those two days, each its own (as "7 and 8
    June" are read), not the span a dash makes."""
    joint = _AND.search(mention.text) if mention.kind == "span" else None
    if joint is None or mention.first is None or mention.last is None:
        return [mention]
    return [mention._replace(kind="day", last=None, end=mention.start + joint.start(),
                             text=mention.text[: joint.start()]),
            mention._replace(kind="day", first=mention.last, last=None, start=mention.start + joint.end(),
                             text=mention.text[joint.end() :])]


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        return two_days_of_a_month(_day, groups, span)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "p":
        said = next(name for name in _OFFSETS if groups[name])
        return Mention("published", *span, offset=_OFFSETS[said])
    if form == "h":
        if not (groups["lead"] or _part(groups, "h")):
            return None  # an ordinal alone: "الجلسة الثانية" is the second sitting
        minute = _MINUTES[groups["mw"]] if groups["mw"] else 0
        return _clock(HOURS[" ".join(groups["hw"].split())], minute, _part(groups, "h"), span)
    if not (groups["lead2"] or _part(groups, "t")):
        return None  # a bare number: the English grammar reads a bare "14:00" as it does
    return _clock(int(groups["th"]), int(groups["tm"] or 0), _part(groups, "t"), span)


def _part(groups: dict[str, str | None], form: str) -> str:
    """The part of the day a form's clock names ("am", "noon", "pm"), or ""."""
    return next((part for part in ("am", "noon", "pm") if groups[form + part]), "")


def _clock(hour: int, minute: int, part: str, span: tuple[int, int, str]) -> Mention | None:
    """hour:minute moved into the part of the day its word names: twelve in the morning is midnight ("12:34 صباحاً"),
    one to five at noon or in the afternoon and any hour before twelve in the evening are after noon."""
    if part == "am" and hour == 12:
        hour = 0
    elif (part == "noon" and hour <= 5) or (part == "pm" and hour < 12):
        hour += 12
    return clock_range(hour, minute, {"uh": None, "um": None}, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words
