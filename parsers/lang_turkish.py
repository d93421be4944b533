"""Turkish dates and times, read into the same mentions as the English grammar. Pure.

    days     19 Temmuz 2023 · 20 Temmuz Perşembe · 20 Temmuz'da · 3 Ekim 2024 Cuma günü
    spans    10-12 Temmuz · 10 ile 12 Ekim 2024 · 10-12 Ekim tarihlerinde
    weekdays Perşembe günü · bu Cuma · gelecek Salı
    relative bugün · yarın · dün
    times    17.45'te · 18.00'de · saat 14.00'te · saat 9:30 · saat 10.00-12.00 arasında

Turkish writes a case ending after a number with an apostrophe ("17.45'te", at 17.45; "20 Temmuz'da", on 20 July):
the ending is part of the mention. dates.find_mentions lays them over the mentions the other grammars found in the
same text, the longer reading of the same words winning.
"""

from __future__ import annotations

import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import (
    ascii_folded,
    clock_range,
    compile_forms,
    gated_mentions,
    named_day,
    one_day,
    parts,
    today_word,
    two_days_of_a_month,
)
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, DayPart, Mention, day_part

MONTHS = {
    "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12,
    "aralik": 12,
}  # fmt: skip
WEEKDAYS = {
    "pazartesi": 0, "salı": 1, "sali": 1, "çarşamba": 2, "carsamba": 2, "perşembe": 3, "persembe": 3, "cuma": 4,
    "cumartesi": 5, "pazar": 6,
}  # fmt: skip
# Days counted from the publication date.
# (Written with their own letters only: "Dun Laoghaire", "yarin" of a name are not Turkish days.)
PUBLISHED = {"bugün": 0, "yarın": 1, "dün": -1}

# Azerbaijani months, as a dateline writes them ("26 dekabr, 2025") and in the genitive a day's number follows
# ("dekabrın 30-da", on the 30th of December)
AZERBAIJANI_MONTHS = {
    "yanvar": 1, "fevral": 2, "mart": 3, "aprel": 4, "may": 5, "iyun": 6, "iyul": 7, "avqust": 8, "sentyabr": 9,
    "oktyabr": 10, "noyabr": 11, "dekabr": 12,
}  # fmt: skip
_AZERBAIJANI_GENITIVE = {"yanvarın": 1, "fevralın": 2, "martın": 3, "aprelin": 4, "mayın": 5, "iyunun": 6,
                         "iyulun": 7, "avqustun": 8, "sentyabrın": 9, "oktyabrın": 10, "noyabrın": 11, "dekabrın": 12}
# A verb of the future after the day in its clause ("keçirəcək", will hold; "olacaq", will be): an Azerbaijani day is
# read only so, as the same dates in the present ("sentyabrın 30-da açılır", opens on 30 September) tell a standing
# calendar of sessions, no event
_AZERBAIJANI_FUTURE = re.compile(r"[^.;:\n]{0,80}?[a-zçğıöşüə]{2,}(?:acaq|əcək)(?![a-zçğıöşüə])", re.IGNORECASE)
_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
_YEAR = YEAR_NUMBER
_ENDING = r"(?:['’][a-zçğıöşü]{1,4})"  # a case ending after an apostrophe: 'te, 'de, 'da, 'ta, 'den, 'e
_FORMS = {
    # "10-12 Temmuz", "10 ile 12 Ekim 2024": a span (found before its days)
    "s": (rf"(?P<s1d>{_DAY})\s*(?:[-–]|\s(?i:ile)\s)\s*(?P<s2d>{_DAY})\s+(?P<s2m>{_MONTH}){_ENDING}?(?!\w)"
          rf"(?:\s+(?P<s2y>{_YEAR}){_ENDING}?(?!\w))?"),
    # "19 Temmuz 2023", "20 Temmuz Perşembe", "20 Temmuz'da": a day (the weekday after the month or year)
    "d": (rf"(?P<dd>{_DAY})\s+(?P<dm>{_MONTH}){_ENDING}?(?!\w)(?:\s+(?P<dy>{_YEAR}){_ENDING}?(?!\w))?"
          rf"(?:,?\s+(?P<dw>{_WEEKDAY})(?!\w))?"),
    # "Perşembe günü", "bu Cuma", "gelecek Salı": a weekday said to be a day ("Cuma" alone may be a name)
    "w": rf"(?:(?i:bu|gelecek|önümüzdeki|onumuzdeki)\s+(?P<w1>{_WEEKDAY})(?!\w)|(?P<w2>{_WEEKDAY})\s+(?i:günü|gunu))",
    # "17.45'te", "saat 14.00'te", "saat 9:30", "saat 10.00-12.00": a clock after "saat" or with its case ending
    "t": (rf"(?:(?P<lead>(?i:saat))\s+)?(?P<th>{HOUR_NUMBER})[.:](?P<tm>[0-5]\d)"
          rf"(?:\s*[-–]\s*(?P<uh>{HOUR_NUMBER})[.:](?P<um>[0-5]\d))?(?P<end>{_ENDING})?(?![\d.,:]?\d)"),
    # "dekabrın 30-da", "fevralın 1-də": an Azerbaijani day, its month in the genitive before the number and its ending
    "a": rf"(?P<am>(?i:{alternatives(_AZERBAIJANI_GENITIVE)}))\s+(?P<ad>{_DAY})-(?:da|də)(?!\w)",
    # "26 dekabr, 2025": an Azerbaijani dateline's day, with its year
    "z": rf"(?P<zd>{_DAY})\s+(?P<zm>(?i:{alternatives(AZERBAIJANI_MONTHS)})),?\s+(?P<zy>{_YEAR})(?!\w)",
    # "bugün", "yarın", "dün": a day counted from the publication date
    "p": rf"(?P<pub>(?i:{alternatives(PUBLISHED)}))(?!\w)",
}
GRAMMAR = compile_forms(_FORMS, r"\w/.:'’-")
# Only a text with one of these words is read: the month, weekday and day names as the folded text shows them
# ("şubat" as "?ubat"), the word for o'clock and the case endings of a clock ("14.00'te"). (" mart" with its space:
# "smart" is no month.) Most texts are not Turkish and pay a few substring searches.
# ("kasım" too: folded_case keeps a word with a dotless "ı" lowered, but the gate's text has "kas?m")
_HINT_WORDS = tuple(sorted({ascii_folded(word) for word in (*MONTHS, *WEEKDAYS, *PUBLISHED)} - {"mart"}
                           | {" mart", "saat", "'te", "'ta", "'de", "'da", "dekabr", "yanvar", "fevral", "aprel",
                              "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr"}))
# Letters and words that say the text is Turkish ("Mart", "Ekim" and "Cuma" are names elsewhere too).
# ("We've": no "ve" after an apostrophe)
_TURKISH = re.compile(r"[ıİğĞşŞəƏ]|(?<![\w'’])(?i:ve|ile|için|olarak|bir)(?!\w)")


def turkish_mentions(text: str) -> list[Mention]:
    """The Turkish date and time mentions of `text`, in order."""
    return gated_mentions(text, _HINT_WORDS, _TURKISH, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        return two_days_of_a_month(_day, groups, span)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "a":
        if _AZERBAIJANI_FUTURE.match(match.string, match.end()) is None:
            return None  # "sentyabrın 30-da açılır": a standing calendar's day, told in the present
        part = day_part(groups["ad"], _AZERBAIJANI_GENITIVE[groups["am"].lower()], None, None)
        return Mention("day", *span, first=part) if part else None
    if form == "z":
        part = day_part(groups["zd"], AZERBAIJANI_MONTHS[groups["zm"].lower()], groups["zy"], None)
        return Mention("day", *span, first=part) if part else None
    if form == "w":
        return Mention("weekday", *span, weekday=WEEKDAYS[_known(groups["w1"] or groups["w2"] or "", WEEKDAYS)])
    if form == "p":
        said = groups["pub"].lower()
        return today_word(match, said, PUBLISHED, span)
    return _time(groups, span)


def _time(groups: dict[str, str | None], span: tuple[int, int, str]) -> Mention | None:
    """"17.45'te", "saat 14.00": a clock time of the 24-hour day; None where neither "saat" nor a case ending says a
    number is one (the English grammar reads a bare "14.00" as it does)."""
    if not (groups["lead"] or groups["end"]):
        return None
    return clock_range(int(groups["th"] or 0), int(groups["tm"] or 0), groups, span)


def _known(word: str, words: dict[str, int]) -> str:
    """`word` lowered as `words` holds it: "EKİM" is "ekim" and "SALI" is "salı" by Turkish casing (Python's lower()
    gives "eki̇m", with a combining dot, and "sali"), "CUMARTESI", typed without the dotted capital, by the common one.
    (The grammar matches them all: its (?i) takes "İ" and "I" for "i" and "ı".)"""
    for lowered in (word.replace("I", "ı").replace("İ", "i").lower(), word.lower()):
        if " ".join(lowered.split()) in words:
            return lowered
    return word.lower()


def _day(day: str | None, month: str | None, year: str | None, weekday: str | None) -> DayPart | None:
    """A day of this language's words, written in any case."""
    return named_day(MONTHS, WEEKDAYS, day, _known(month, MONTHS) if month else None, year,
                     _known(weekday, WEEKDAYS) if weekday else None)
