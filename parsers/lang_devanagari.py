"""Hindi and Nepali dates and times in Devanagari script, read into the same mentions as the English grammar. Pure.

    days      28 अक्टूबर · 28 अक्टूबर 2025 · २६ जुलाई २०२४ · 28 अक्टूबर (मंगलवार)
    spans     18 से 21 दिसंबर तक · 18 दिसंबर से 21 दिसंबर तक · 18-21 दिसंबर 2023
    weekdays  मंगलवार को · शुक्रबार (Nepali spells the weekdays with -बार)
    times     सुबह 10 बजे · शाम 4:30 बजे · दोपहर 2 बजे · मध्याह्न सवा १२ बजे · साढ़े 3 बजे · पौने 5 बजे

"बजे" is "o'clock". The word for the part of the day before the hour gives the twelve-hour clock's half: सुबह,
सवेरे, प्रातः, बिहान (morning) keep the hour; दोपहर, मध्याह्न (midday) and अपराह्न (afternoon) put an hour below 6
after noon; शाम, साँझ, बेलुका (evening) and रात (night) any hour below 12. सवा adds a quarter to the hour, साढ़े (साढे) a
half, पौने takes a quarter off it ("पौने 5 बजे" is 4:45). Figures may be Devanagari's (१२ is 12). A weekday alone is
the next such day, as "on Tuesday" is in English. dates.find_mentions lays these mentions over those the other
grammars found in the same text; only a text in Devanagari is read. A paper's dateline ("चंडीगढ़ 27 अक्टूबर 2025
(भारत बानी ब्यूरो ) :") names the day the story was filed, no event's: it is no mention.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import EVENING, MIDDAY, NIGHT, compile_forms, days_apart, hour_of_the_part, parts
from parsers.mentions import Mention, day_part, ordered_span

MONTHS = {
    "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रील": 4, "मई": 5, "जून": 6, "जुलाई": 7,
    "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11,
    "दिसंबर": 12, "दिसम्बर": 12,
}  # fmt: skip
WEEKDAYS = {
    "सोमवार": 0, "सोमबार": 0, "मंगलवार": 1, "मंगलबार": 1, "मङ्गलबार": 1, "बुधवार": 2, "बुधबार": 2, "गुरुवार": 3,
    "बृहस्पतिवार": 3, "बिहीबार": 3, "शुक्रवार": 4, "शुक्रबार": 4, "शनिवार": 5, "शनिबार": 5, "रविवार": 6,
    "आइतबार": 6,
}  # fmt: skip
_MORNING = ("सुबह", "सवेरे", "प्रातः", "बिहान", "पूर्वाह्न")
_MIDDAY = ("दोपहर", "मध्याह्न", "अपराह्न", "दिउँसो", "दिन में")
_EVENING = ("शाम", "साँझ", "बेलुका", "सायं", "सायंकाल", "संध्या")
# The night's hours: 7 to 11 are the evening's, 12 is midnight and 1 to 4 the small hours ("रात 1 बजे" is 01:00)
_NIGHT = ("रात", "राति", "रात्रि")
_FRACTIONS = {"सवा": 15, "साढ़े": 30, "साढे": 30, "पौने": -15}
# The hours in words before "बजे" ("सुबह आठ बजे", eight in the morning), as an election officer's notice says them
_HOUR_WORDS = {
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8, "नौ": 9,
    "दस": 10, "ग्यारह": 11, "बारह": 12,
}  # fmt: skip
_DIGIT = "[0-9०-९]"
_DAY = rf"(?:[0-3०-३]?{_DIGIT})"
_LETTER = r"\u0900-\u097F"  # Devanagari's letters and signs: a name does not begin or end inside a word
_FORMS = {
    # "18 से 21 दिसंबर तक", "18 दिसंबर से 21 दिसंबर तक", "18-21 दिसंबर 2023": from a day to a day ("से", from; "तक",
    # until), the first day's month left out when it is the last's (found before its days)
    "s": (rf"(?P<s1>{_DAY})\s*(?:(?P<sm>{alternatives(MONTHS)})\s*)?(?:से|[-–])\s*(?P<s2>{_DAY})\s*"
          rf"(?P<sn>{alternatives(MONTHS)})(?![{_LETTER}])(?:\s*,?\s*(?P<sy>(?:19|20|१९|२०){_DIGIT}{{2}})(?!{_DIGIT}))?"
          r"(?:\s+तक)?"),
    # "28 अक्टूबर (मंगलवार)", "२६ जुलाई २०२४": a day, its year and its weekday if given
    "d": (rf"(?P<dd>{_DAY})\s*(?P<dm>{alternatives(MONTHS)})(?![{_LETTER}])"
          rf"(?:\s*,?\s*(?P<dy>(?:19|20|१९|२०){_DIGIT}{{2}})(?!{_DIGIT}))?"
          rf"(?:\s*\(\s*(?P<dw>{alternatives(WEEKDAYS)})\s*\))?"),
    # "सुबह 10 बजे", "मध्याह्न सवा १२ बजे", "शाम 4:30 बजे", "सुबह आठ बजे": an hour (in figures or in words) before
    # "बजे", its part of the day before it
    "t": (rf"(?:(?P<tp>{alternatives((*_MORNING, *_MIDDAY, *_EVENING, *_NIGHT))})\s+)?"
          rf"(?:(?P<tf>{alternatives(_FRACTIONS)})\s+)?(?:(?P<th>{_DIGIT}{{1,2}})(?:[:.](?P<tm>[0-5०-५]{_DIGIT}))?"
          rf"|(?P<tw>{alternatives(_HOUR_WORDS)}))\s*बजे"),
    # "शुक्रबार", "मंगलवार को": a weekday alone
    "w": rf"(?P<ww>{alternatives(WEEKDAYS)})(?![{_LETTER}])",
}
GRAMMAR = compile_forms(_FORMS, not_after=rf"\w/.:{_LETTER}-")
_DEVANAGARI = re.compile(rf"[{_LETTER}]")
# "चंडीगढ़ 27 अक्टूबर 2025 (भारत बानी ब्यूरो ) :": a Hindi paper's dateline, its bureau in brackets before a colon:
# the day the story was filed, no event's
_BUREAU_AFTER = re.compile(r"\s*\([^()\n]{2,40}\)\s*:")


def devanagari_mentions(text: str) -> list[Mention]:
    """The Hindi and Nepali date and time mentions of `text`, in order (only a text in Devanagari is read)."""
    if _DEVANAGARI.search(text) is None:
        return []
    found: list[Mention] = []
    for match in GRAMMAR.finditer(text):
        if (mention := _mention(match)) is not None:
            found.append(mention)
        elif match.lastgroup == "f_s" and match.group("sm"):
            found.extend(_days_of(match))  # "28 दिसंबर से 3 जनवरी तक": across the turn of a year, its two days
    return found


def _days_of(match: re.Match[str]) -> list[Mention]:
    """The two days of a span of two months that is none (mentions.ordered_span reads "from 28 December to 2 January"
    as its two days): the span's match took both from the form of one day."""
    year = str(int(match.group("sy"))) if match.group("sy") else None
    first = day_part(str(int(match.group("s1"))), MONTHS[match.group("sm")], None, None)
    last = day_part(str(int(match.group("s2"))), MONTHS[match.group("sn")], year, None)
    return days_apart(match.string, ((first, match.start("s1"), match.end("sm")),
                                     (last, match.start("s2"), match.end("sy") if year else match.end("sn"))))


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        last_month = MONTHS[groups["sn"]]
        year = str(int(groups["sy"])) if groups["sy"] else None
        return ordered_span(span, day_part(str(int(groups["s1"])), MONTHS[groups["sm"]] if groups["sm"] else last_month,
                                           year, None),
                            day_part(str(int(groups["s2"])), last_month, year, None))
    if form == "d":
        if _BUREAU_AFTER.match(match.string, match.end()):
            return None
        weekday = WEEKDAYS[groups["dw"]] if groups["dw"] else None
        year = str(int(groups["dy"])) if groups["dy"] else None
        day = day_part(str(int(groups["dd"])), MONTHS[groups["dm"]], year, weekday)
        return Mention("day", *span, first=day) if day else None
    if form == "w":
        return Mention("weekday", *span, weekday=WEEKDAYS[groups["ww"]])
    hour = _HOUR_WORDS[groups["tw"]] if groups["tw"] else int(groups["th"])
    clock = _clock(hour, int(groups["tm"] or 0), groups["tp"], groups["tf"])
    return Mention("time", *span, time=clock) if clock else None


def _clock(hour: int, minute: int, part: str | None, fraction: str | None) -> dt.time | None:
    """The time "बजे" names: the hour in the half of the day its word gives, less or more its fraction."""
    half = MIDDAY if part in _MIDDAY else EVENING if part in _EVENING else NIGHT if part in _NIGHT else ""
    return hour_of_the_part(hour, minute, half, _FRACTIONS[fraction] if fraction else 0)
