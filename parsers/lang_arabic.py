"""Arabic dates and times, read into the same mentions as the English grammar. Pure.

    days     20 مارس 2024 · يوم الأربعاء 20 مارس 2024م · 15 آذار/مارس 2024 · 3 جوان · ٢٠ مارس ٢٠٢٤ · ٢٠/٣/٢٠٢٤ ·
             ٢٠٢٤/٣/٢٠
    spans    من 20 إلى 22 مارس 2024 · 20-22 مارس · من 28 فبراير إلى 2 مارس · ما بين 20 و30 مارس · 26 و27 مارس
    lists    يومي 3 و10 جوان (two days)
    weekdays يوم الخميس
    relative اليوم الأحد · غداً · غداً الخميس (today, named with its weekday; tomorrow)
    times    الساعة 11:00 صباحاً · الساعة الحادية عشرة صباحا · الساعة العاشرة والنصف · 7:30 م · الساعة 19:00 ·
             الساعة الثامنة من مساء يوم الخميس
    past     الخميس الماضي · 20 مارس الماضي · أمس السبت 28 مارس ("last", "yesterday": a day gone by, no mention)
    no event المؤرخ في 8 مارس, الصادر بتاريخ 3 مارس (a document's date) · مدينة 6 أكتوبر (a name, datenames.py)

Arabic names the Gregorian months three ways: as Egypt and the Gulf write them ("مارس", from the Latin), as the
Levant and Iraq do ("آذار", often with the other after a slash), and as the Maghreb does (from the French, "جوان").
Hijri months are not read: an item gives them beside the Gregorian day ("الموافق 10 رمضان"), which is the one read.
Digits may be the Arabic-Indic ones; they are read as the same numbers. An hour is told by the clock or in words
("الحادية عشرة", the eleventh), then the part of the day ("صباحاً", in the morning; "مساءً", in the evening; "ص" and
"م" after a clock). dates.find_mentions lays these mentions over those the other grammars found in the same text,
the longer reading of the same words winning.
"""

from __future__ import annotations

import datetime as dt
import re

from hijridate import Hijri

from parsers.fieldnames import alternatives
from parsers.langgrammar import compile_forms, named_day, one_day, parts
from parsers.mentions import DAY_NUMBER, YEAR_NUMBER, DayPart, Mention, day_part, ordered_span

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
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "جويليه": 7, "يوليوز": 7,
    "أوت": 8, "اوت": 8, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}  # fmt: skip
WEEKDAYS = {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5,
    "الأحد": 6, "الاحد": 6, "الثلثاء": 1,
}  # fmt: skip
# The Hijri months, by their numbers: a day of theirs beside a Gregorian one ("الموافق 13 جمادى الأولى 1434هـ") is the
# same day told again, part of the date's words; a day told alone ("الأربعاء 28 صفر 1445هـ") is converted.
HIJRI_MONTH_NUMBERS = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4, "جمادى الأولى": 5,
    "جمادى الاولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادى الآخر": 6, "رجب": 7,
    "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}  # fmt: skip
HIJRI_MONTHS = tuple(HIJRI_MONTH_NUMBERS)
# The Arabic news agencies' short names, which end a dateline as "(Reuters)" does: "الرياض ... 2024 م واس"
NEWS_AGENCIES = ("واس", "قنا", "وام", "بنا", "كونا", "العمانية", "سانا", "بترا", "واج", "وأج", "ومع", "أ ش أ", "وات",
                 "سبأ", "نينا", "الأناضول")
# The hours said in words, as ordinals ("الساعة العاشرة", the tenth hour), and the minutes a word adds.
HOURS = {
    "الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7,
    "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الحادية عشر": 11, "الثانية عشرة": 12,
    "الثانية عشر": 12,
}  # fmt: skip
_MINUTES = {"والنصف": 30, "والربع": 15, "والثلث": 20}
# The part of the day after an hour: before noon, or after it ("ظهراً": at midday, so 12 and 1 and 2 are 12:00,
# 13:00 and 14:00; "ليلاً", at night, 12 is midnight).
_MORNING = ("صباحاً", "صباحًا", "صباحا", "صباح", "ص", "فجراً", "فجرا", "قبل الظهر", "من قبل الظهر")
_NOON = ("ظهراً", "ظهرًا", "ظهرا", "بعد الظهر", "عصراً", "عصرًا", "عصرا")
_EVENING = ("مساءً", "مساءا", "مساء", "م", "ليلاً", "ليلًا", "ليلا")
_ANY_PART = alternatives((*_MORNING, *_NOON, *_EVENING))
# The part of the day as the noun whose hour it is, after "من" ("الثامنة من مساء يوم الخميس", the eighth of the
# evening of Thursday; "الخامسة من بعد ظهر يوم", the fifth after the noon of the day)
_OF_THE_PART = {"صباح": "صباح", "فجر": "صباح", "ظهر": "بعد الظهر", "بعد ظهر": "بعد الظهر", "بعد الظهر": "بعد الظهر",
                "عصر": "بعد الظهر", "مساء": "مساء", "ليل": "ليلاً"}  # fmt: skip

_LEAST_UNSAID = 6  # "الساعة 7" is seven in the morning; "الساعة 3" could be three in the afternoon
ARABIC_LETTERS = "\u0621-\u064a"  # the letters of the Arabic script, for a character class
_ARABIC_LETTER = re.compile(rf"[{ARABIC_LETTERS}]")
# Arabic-Indic and Persian digits, read as the digits they are (one character each, so every offset holds).
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NOT_IN_WORD = rf"(?![{ARABIC_LETTERS}\w])"
# The vowel marks (harakat) a text may write over a name's letters, as a page sets a name off or spells it out:
# tanwin, fatha, damma, kasra, shadda, sukun, the dagger alif ("كانون الثّاني" is "كانون الثاني", January).
_MARKS = "\u064b-\u0652\u0670"
_MARKED = re.compile(f"[{_MARKS}]")


def _any_marks(pattern: str) -> str:
    """`pattern` (names' alternatives) with any vowel marks allowed after each of its Arabic letters."""
    return re.sub(r"([\u0621-\u064a])", rf"\1[{_MARKS}]*", pattern)


_MONTH = rf"(?:{_any_marks(alternatives(MONTHS))}){_NOT_IN_WORD}"
# "آذار/مارس", "آذار (مارس)": the Levant's name and Egypt's, one month
_MONTH_TWICE = rf"(?:\s*(?:/|\(|-)\s*{_MONTH}(?:\s*\))?)?"
_WEEKDAY = rf"(?:{_any_marks(alternatives(WEEKDAYS))}){_NOT_IN_WORD}"
_YEAR = rf"(?:\s*[،,]?\s*(?:(?:عام|سنة|لعام|لسنة)\s+)?(?P<{{0}}y>{YEAR_NUMBER})(?:\s*م{_NOT_IN_WORD})?)?(?!\d)"
_DAY = DAY_NUMBER
_HIJRI_AFTER = (rf"(?:\s*[-–،,]?\s*\(?\s*(?:الموافق\s+(?:ل\s*)?)?{_DAY}\s+(?:{alternatives(HIJRI_MONTHS)})"
                rf"\s+1[34]\d\d\s*(?:هـ|ه){_NOT_IN_WORD}\s*\)?)?")
_ON = r"(?:(?:يوم|في|بتاريخ|الموافق|وذلك)\s+)*"  # "يوم", on the day; "بتاريخ", dated; "الموافق", falling on
# A Hijri day alone: "28 صفر 1445هـ", "28/ 2/ 1445 هـ" (its year of 13xx or 14xx and its "هـ", after the hijra), not
# followed by the Gregorian day it falls on ("25 رجب 1445 هـ الموافق 06 فبراير 2024 م": that day is the one read)
_HIJRI_YEAR = r"(?P<{0}y>1[34]\d\d)\s*(?:هـ|ه)" + _NOT_IN_WORD
_NO_GREGORIAN_AFTER = (rf"(?!\s*[-–،,(]?\s*(?:الموافق\s*(?:ل\s*)?)?\s*\d{{1,4}}\s*(?:[/.-]|(?:من\s+)?(?:شهر\s+)?"
                       rf"{_MONTH}))")
# "و" joins a span's ends only after "بين" ("بين 20 و30 مارس"); else it lists two days ("يومي 3 و10 جوان")
_TO = r"\s*(?:[-–]|(?:إلى|الى|حتى|لغاية)\s*|(?(sb)و\s*|(?!)))\s*"
_HOUR = rf"(?P<th>{alternatives(HOURS)}|[01]?\d|2[0-3])(?:[:.](?P<tm>[0-5]\d))?"
_PART = (rf"(?:\s*(?:(?P<tp>{_ANY_PART})|من\s+(?P<tq>{alternatives(_OF_THE_PART)}))"
         rf"{_NOT_IN_WORD})?")
# What makes a number after "حتى" or a dash no hour: a day's Hijri month, "الجاري" (of this month), "من الشهر" (of the
# month); a length, "3 ساعات" (three hours), "15 دقيقة" (fifteen minutes), "5 أيام" (five days)
_NO_HOUR_AFTER = (rf"(?:{alternatives(HIJRI_MONTHS)}|الجاري|الحالي|المقبل|القادم|منه|من\s+(?:ال)?شهر"
                  rf"|ساعات|ساعة|دقيقة|دقائق|أيام|ايام|يوما|يوماً|يومًا){_NOT_IN_WORD}")
# "من الساعة 9:00 صباحاً حتى الساعة 1:00 ظهراً", "الساعة 10 - 12 ظهراً": the hour the sitting ends, its part of the day
# said or the start's (a stop after it ends the sentence: "... إلى الحادية عشرة.")
_UNTIL = (rf"(?:\s*(?:[-–]|(?:إلى|الى|حتى|لغاية)\s)\s*(?:ال?ساعة\s+)?"
          rf"(?P<uh>{alternatives(HOURS)}|[01]?\d|2[0-3])(?:[:.](?P<um>[0-5]\d))?(?:\s+(?P<ux>{alternatives(_MINUTES)}))?"
          rf"(?:\s*(?P<up>{_ANY_PART}){_NOT_IN_WORD})?(?![\d/]|[.:]\d)(?!\s*(?:{_MONTH}|{_NO_HOUR_AFTER})))?")
_WORD_HOUR = rf"(?:{alternatives(HOURS)})(?:\s+(?:{alternatives(_MINUTES)}))?"
_WORD_PART = rf"\s*(?:{_ANY_PART}){_NOT_IN_WORD}"
_WORD_TO = r"\s*(?:إلى|الى|حتى|لغاية)\s+(?:ال?ساعة\s+)?"
_WORD_RANGE = rf"{_WORD_HOUR}(?:{_WORD_PART}{_WORD_TO}{_WORD_HOUR}|{_WORD_TO}{_WORD_HOUR}{_WORD_PART})"
_FORMS = {
    # "يوم الأربعاء 28 صفر 1445هـ", "الأربعاء الموافق 28/ 2/ 1445 هـ": a day on the Hijri calendar alone
    "h": (rf"(?:(?:يوم\s+)?(?P<hw>{_WEEKDAY})\s*[،,]?\s*)?{_ON}"
          rf"(?:(?P<hd>{_DAY})\s+(?P<hm>{alternatives(HIJRI_MONTH_NUMBERS)}){_NOT_IN_WORD}\s*{_HIJRI_YEAR.format('h')}"
          rf"|(?P<kd>{_DAY})\s*/\s*(?P<km>1[0-2]|0?[1-9])\s*/\s*{_HIJRI_YEAR.format('k')}){_NO_GREGORIAN_AFTER}"),
    # "من 20 إلى 22 مارس 2024", "20-22 مارس", "من 28 فبراير إلى 2 مارس": a span (found before its days)
    "s": (rf"(?:(?:خلال\s+)?(?:الفترة\s+)?(?:من|(?P<sb>بين))\s+)?"
          rf"(?P<s1d>{_DAY})(?:\s+(?P<s1m>{_MONTH}){_MONTH_TWICE})?{_TO}(?P<s2d>{_DAY})\s+(?P<s2m>{_MONTH}){_MONTH_TWICE}{_YEAR.format('s')}"),
    # "يوم الأربعاء 20 مارس 2024م", "الموافق 15 آذار/مارس", "٢٠ مارس ٢٠٢٤": a day
    "d": (rf"(?:و\s*)?(?:(?:يوم\s+)?(?P<dw>{_WEEKDAY})\s*[،,]?\s*)?{_ON}(?P<dd>{_DAY})\s*(?:من\s+)?(?:شهر\s+)?"
          rf"(?P<dm>{_MONTH}){_MONTH_TWICE}{_YEAR.format('d')}{_HIJRI_AFTER}"),
    # "٢٠/٣/٢٠٢٤": a day of figures in Arabic-Indic digits (the English grammar reads the others)
    "n": rf"(?P<nd>{_DAY})/(?P<nm>1[0-2]|0?[1-9])/(?P<ny>{YEAR_NUMBER})(?!\d)",
    # "٢٠٢٤/٣/٢٠", "2024/03/20": year first, as the Gulf's forms and agencies write it (in Arabic-Indic digits only:
    # the numeric grammar reads the others)
    "y": rf"(?P<yy>{YEAR_NUMBER})/(?P<ym>1[0-2]|0?[1-9])/(?P<yd>{_DAY})(?![\d/])",
    # "اليوم الأحد", "اليوم (الأحد)": today, with its weekday ("اليوم" alone is also "the day" of "اليوم العالمي", a
    # world day); "غداً", "غداً الخميس": tomorrow
    "p": rf"(?P<pub>اليوم(?=\s+\(?\s*{_WEEKDAY})|غداً|غدًا|غدا)(?:\s+\(?\s*(?P<pw>{_WEEKDAY}))?",
    # "يومي 3 و10 جوان": the first of two days listed, with the month and year said after the second (the second,
    # "و10 جوان", is a day with its "and")
    "l": rf"(?P<ld>{_DAY})(?=\s*و\s*{_DAY}\s+(?P<lm>{_MONTH}){_MONTH_TWICE}{_YEAR.format('l')})",
    # "يوم الخميس": a weekday
    # (or the weekday whose part of the day an hour was just given: "من صباح الخميس", of Thursday's morning)
    "w": rf"(?:يوم\s+|(?<=صباح\s)|(?<=مساء\s))(?P<ww>{_WEEKDAY})",
    # "الساعة 11:00 صباحاً", "في تمام الساعة العاشرة والنصف", "7:30 م": an hour, with its word or its part of the day
    # ("من العاشرة صباحًا إلى الحادية عشرة", from ten in the morning to eleven: hours in words with no "الساعة", read
    # as a range only, the part of the day said at one end, as "من الثانية إلى الخامسة" may count sessions)
    # ("عند الساعة العاشرة", "عند العاشرة والنصف من قبل الظهر": "at", as Lebanese and Levantine notices write it)
    # ("الساعة الـ (1) ظهرًا": the hour's figure in brackets after the article "الـ", as Saudi notices write it)
    "t": (rf"(?:(?:(?:(?:في|على|من|عند)\s+)?(?:تمام\s+)?ال?ساعة\s+(?:الـ\s*(?P<tb>\()?)?|من\s+(?={_WORD_RANGE}))"
          rf"{_HOUR}(?(tb)\)|)(?:\s+(?P<tx>{alternatives(_MINUTES)}))?{_PART}"
          rf"{_UNTIL}"
          rf"|(?P<ch>[01]?\d|2[0-3]):(?P<cm>[0-5]\d)\s*(?P<cp>{alternatives((*_MORNING, *_EVENING))}){_NOT_IN_WORD}"
          # "في الحادية عشرة والربع صباحًا": an hour in words after "in", its part of the day said
          # (or as the hour of the part of the day, "في العاشرة والنصف من صباح الخميس", the half past the tenth of
          # Thursday's morning)
          rf"|و?(?:في|عند)\s+(?:تمام\s+)?(?P<wh>{alternatives(HOURS)})(?:\s+(?P<wx>{alternatives(_MINUTES)}))?"
          rf"\s+(?:(?P<wp>{_ANY_PART})|من\s+(?P<wq>{alternatives(_OF_THE_PART)})){_NOT_IN_WORD})"),
}
GRAMMAR = compile_forms(_FORMS, not_after=rf"\w/.:{ARABIC_LETTERS}-")
# "27و28 تموز/يوليو 2016": the second of two days listed, its "و" glued to the first day's figure, where no form of the
# grammar may begin (none begins right after a figure)
_GLUED_SECOND = re.compile(rf"(?<=\d)و(?P<gd>{_DAY})\s+(?P<gm>{_MONTH}){_MONTH_TWICE}{_YEAR.format('g')}")
# A news report's dateline, in what is left of it once its dates are read: the town, the Hijri and Gregorian days,
# the agency, then a dash ("الرياض 25 رجب 1445 هـ الموافق 06 فبراير 2024 م واس - يلتقي ...")
_DATELINE = re.compile(
    rf"[{ARABIC_LETTERS}]+(?:\s[{ARABIC_LETTERS}]+)?\s*[،,]?\s*"
    rf"(?P<hijri>\d{{1,2}}\s+(?:{alternatives(HIJRI_MONTHS)})\s+1[34]\d\d\s*(?:هـ|ه)?{_NOT_IN_WORD}\s*)?"
    rf"(?:الموافق\s+)?(?P<day>{_DAY}\s+{_MONTH}{_MONTH_TWICE}\s+\d{{4}}\s*(?:م{_NOT_IN_WORD})?\s*)?"
    rf"(?P<agency>\(?(?:{alternatives(NEWS_AGENCIES)})\)?{_NOT_IN_WORD}\s*)?(?:--?|[–—])\s*"
)


def dateline_end(text: str) -> int:
    """Where the words after an Arabic news report's dateline opening `text` start; 0 if it opens with none (a town
    and a dash alone, "ورشة عمل - ...", is no dateline, nor are words and an agency's short name alone: "وزارة الصحة
    العمانية - ...", the Omani ministry of health, where "العمانية" is also the Omani agency's name)."""
    if _ARABIC_LETTER.match(text) is None:
        return 0  # (most titles: no Arabic letter opens them, and their digits are not rewritten)
    found = _DATELINE.match(western_digits(text))
    if found is None or not (found.group("hijri") or found.group("day")):
        return 0
    return found.end() if found.end() < len(text) else 0


# "الخميس الماضي", "20 مارس الماضي": "last", told of a day gone by
_PAST_AFTER = re.compile(rf"\s*(?:الماضي|الماضية|المنصرم|المنصرمة)(?![{ARABIC_LETTERS}])")
# "ليلة أمس السبت 28 مارس", "يوم أمس": yesterday, and the day named after it, gone by
_PAST_BEFORE = re.compile(rf"(?<![{ARABIC_LETTERS}])(?:أمس|امس|البارحة|المؤرخة?(?:\s+في)?)\s*[(،,]?\s*$")
_PAST_REACH = 12
# "الأحد الماضي 13 يوليو 2025": last Sunday, then its date; the "last" after the weekday makes the date past too
_PAST_WEEKDAY_BEFORE = re.compile(rf"(?<![{ARABIC_LETTERS}])(?:يوم\s+)?{_WEEKDAY}\s*(?:الماضي|الماضية|المنصرم|المنصرمة)"
                                  rf"\s*[(،,]?\s*$")
_PAST_WEEKDAY_REACH = 28
# "القانون الصادر بتاريخ 3 مارس", "الأمر المؤرخ في 8 مارس": the day a law or a decree is dated, no event
_DOCUMENT_BEFORE = re.compile(rf"(?<![{ARABIC_LETTERS}])(?:المؤرخ|المؤرخة|الصادر|الصادرة)\s+(?:(?:في|بتاريخ|يوم)\s+)*$")
_DOCUMENT_REACH = 24
# "التعميم رقم ٢٠٢٤/٣/١٥", "الرقم: 2024/3/15": a paper's number, written as a day of figures is, no day
_NUMBER_BEFORE = re.compile(rf"(?<![{ARABIC_LETTERS}])(?:ال)?رقم\s*[:(]?\s*$")
_NUMBER_REACH = 8


def western_digits(text: str) -> str:
    """`text` with its Arabic-Indic and Persian digits written as 0 to 9 (each one character, so offsets hold)."""
    return text.translate(_DIGITS)


def arabic_mentions(text: str) -> list[Mention]:
    """The Arabic date and time mentions of `text`, in order (only a text with Arabic letters is read)."""
    if _ARABIC_LETTER.search(text) is None:
        return []
    read = western_digits(text)
    found: list[Mention] = []
    for match in GRAMMAR.finditer(read):
        if match.group("pub"):
            found.extend(_said_from_today(text, match))
        elif (mention := _mention(text, match)) is not None:
            found.append(mention)
    for glued in _GLUED_SECOND.finditer(read) if "و" in read else ():
        day = _day(glued.group("gd"), glued.group("gm"), glued.group("gy"), None)
        if day is not None:
            found.append(Mention("day", glued.start(), glued.end(), text[glued.start() : glued.end()], first=day))
    return _two_days_as_a_span(text, sorted(found, key=lambda mention: mention.start))


def _two_days_as_a_span(text: str, mentions: list[Mention]) -> list[Mention]:
    """"26 و27 مارس": a day and the next, listed, are one run of two days (as "26 and 27 March" is); "3 و10 جوان"
    stays two days."""
    merged: list[Mention] = []
    for mention in mentions:
        before = merged[-1] if merged else None
        if before is not None and before.kind == mention.kind == "day" and before.first and mention.first \
                and before.end <= mention.start and mention.text.startswith("و") \
                and (before.first.month, before.first.day + 1) == (mention.first.month, mention.first.day):
            span = ordered_span((before.start, mention.end, text[before.start : mention.end]), before.first,
                                mention.first)
            if span is not None:
                merged[-1] = span
                continue
        merged.append(mention)
    return merged


def _said_from_today(text: str, match: re.Match[str]) -> list[Mention]:
    """"اليوم الأحد" (today, Sunday), "غداً الخميس", "غداً": the day said from the day of writing, and its weekday,
    two mentions as the English "today, Sunday" is: the weekday settles the day where the item gives no date of its
    own. ("اليوم" alone is also "the day" of "اليوم العالمي", a world day: it needs its weekday.)"""
    word = match.span("pub")
    said = [Mention("published", *word, text[slice(*word)], offset=0 if match.group("pub") == "اليوم" else 1)]
    if match.group("pw"):
        weekday = match.span("pw")
        said.append(Mention("weekday", *weekday, text[slice(*weekday)],
                            weekday=WEEKDAYS[_MARKED.sub("", match.group("pw"))]))
    return said


def _mention(text: str, match: re.Match[str]) -> Mention | None:
    form, groups, (start, end, _) = parts(match)
    span = (start, end, text[start:end])  # as written, in its own digits
    if form != "t" and (_PAST_AFTER.match(match.string, end)
                        or _PAST_BEFORE.search(match.string, max(0, start - _PAST_REACH), start)
                        or _PAST_WEEKDAY_BEFORE.search(match.string, max(0, start - _PAST_WEEKDAY_REACH), start)
                        or _DOCUMENT_BEFORE.search(match.string, max(0, start - _DOCUMENT_REACH), start)):
        return None
    if form == "s":
        last = _day(groups["s2d"], groups["s2m"], groups["sy"], None)
        first = _day(groups["s1d"], groups["s1m"] or groups["s2m"], groups["sy"], None)
        return ordered_span(span, first, last)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "h":
        return _hijri_day(groups, span)
    if form in ("n", "y") and _NUMBER_BEFORE.search(match.string, max(0, start - _NUMBER_REACH), start):
        return None
    if form in ("n", "y"):
        if span[2].isascii():
            return None  # the English grammar's
        day = day_part(groups[f"{form}d"], int(groups[f"{form}m"]), groups[f"{form}y"], None)
        return Mention("day", *span, first=day) if day else None
    if form == "l":
        day = _day(groups["ld"], groups["lm"], groups["ly"], None)
        return Mention("day", *span, first=day) if day else None
    if form == "w":
        return Mention("weekday", *span, weekday=WEEKDAYS[_MARKED.sub("", groups["ww"])])
    return _time(groups, span)


def _hijri_day(groups: dict[str, str | None], span: tuple[int, int, str]) -> Mention | None:
    """A day told on the Hijri calendar alone, as the Gregorian day the Umm al-Qura calendar (Saudi Arabia's) puts
    it on, its note saying so. None where the calendar has no such day, or where a weekday said with it is not that
    day's (a calendar set by the moon's sighting may be a day off Umm al-Qura's: no day is guessed)."""
    named = groups["hd"] is not None
    day, year = int((groups["hd"] if named else groups["kd"]) or 0), int((groups["hy"] if named else groups["ky"]) or 0)
    month = HIJRI_MONTH_NUMBERS[" ".join((groups["hm"] or "").split())] if named else int(groups["km"] or 0)
    try:
        gregorian = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None  # no such day, or a year outside the calendar's table (1343 to 1500)
    weekday = WEEKDAYS[_MARKED.sub("", groups["hw"])] if groups["hw"] else None
    if weekday is not None and weekday != gregorian.weekday():
        return None
    note = f"date converted from the Hijri calendar (Umm al-Qura): {day}/{month}/{year} AH"
    return Mention("day", *span, first=DayPart(gregorian.day, gregorian.month, gregorian.year, weekday), note=note)


def _time(groups: dict[str, str | None], span: tuple[int, int, str]) -> Mention | None:
    """The hour on the 24-hour clock, from its part of the day. A bare "الساعة 3" or "الساعة الرابعة" says no part
    of the day: an hour from 1 to 6 may be either, and is left unread; "الساعة 10" is ten in the morning, "الساعة 19"
    seven at night."""
    said, minutes, words = groups["th"], groups["tm"], groups["tx"]
    part = groups["tp"] or (_OF_THE_PART[" ".join(groups["tq"].split())] if groups["tq"] else None)
    if groups["ch"] is not None:
        said, minutes, part = groups["ch"], groups["cm"], groups["cp"]
    elif groups["wh"] is not None:
        said, part, words = groups["wh"], groups["wp"], groups["wx"]
        part = part or (_OF_THE_PART[" ".join(groups["wq"].split())] if groups["wq"] else None)
    begins = _clock(said, minutes, words, part)
    if part is None and groups["uh"] is not None and groups["up"] is not None:
        # "من الساعة 9 حتى 11 صباحاً": the end's part of the day is the start's too, unless it puts the start after
        # the end ("من 9 حتى 1 ظهراً")
        ends = _clock(groups["uh"], groups["um"], groups["ux"], groups["up"])
        in_part = _clock(said, minutes, words, groups["up"])
        begins = in_part if ends is not None and in_part is not None and in_part < ends else begins
    if begins is None:
        return None
    if groups["uh"] is None:
        return Mention("time", *span, time=begins)
    ends = _clock(groups["uh"], groups["um"], groups["ux"], groups["up"] or part)
    if ends is not None and ends <= begins and ends.hour < 12:
        ends = ends.replace(hour=ends.hour + 12)  # "من 10 صباحاً حتى 2": past noon
    return Mention("time", *span, time=begins, until=ends if ends is not None and ends > begins else None)


def _clock(said: str | None, minutes: str | None, words: str | None, part: str | None) -> dt.time | None:
    """The hour said, in figures or words, with its minutes and part of the day, on the 24-hour clock; None for an
    hour from 1 to 6 with neither minutes nor part of the day."""
    said = " ".join((said or "").split())
    hour = int(said) if said[:1].isdigit() else HOURS[said]
    if minutes is None and part is None and 1 <= hour <= _LEAST_UNSAID:
        return None
    minute = int(minutes) if minutes else _MINUTES.get(words or "", 0)
    if part is not None and hour <= 12:
        hour = _clock_hour(hour, " ".join(part.split()))
    return dt.time(hour, minute)


def _clock_hour(hour: int, part: str) -> int:
    """`hour` (1 to 12) of `part` of the day on the 24-hour clock."""
    if part in _MORNING:
        return 0 if hour == 12 else hour
    if part in _NOON:
        return hour if hour >= 11 else hour + 12
    if hour == 12:
        return 0 if part.startswith("ليل") else 12
    return hour + 12


def _day(day: str | None, month: str | None, year: str | None, weekday: str | None) -> DayPart | None:
    """The day a form's groups give, in this language's words (their vowel marks set aside)."""
    return named_day(MONTHS, WEEKDAYS, day, _MARKED.sub("", month) if month else month, year,
                     _MARKED.sub("", weekday) if weekday else weekday)
