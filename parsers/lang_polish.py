"""Polish dates and times, read into the same mentions as the English grammar. Pure.

    days     27 stycznia 2020 roku · w poniedziałek, 27 stycznia 2020 r. · 18 września br. · wtorek 5 marca
    weekdays w poniedziałek · we wtorek · w najbliższą środę · w przyszły piątek (the next such day, no date after it)
             poniedziałkowy program (the day's adjective)
    spans    od 3 do 5 czerwca · 3-5 czerwca 2024 · 24 i 25 czerwca (two days in a row)
    pairs    24 i 26 czerwca · 24, 25 i 26 czerwca (each a day of the month named after the last)
    times    godz. 13.10 · o godz. 10.05 · o godzinie 9:30 · w godz. 10.00-12.00 · od godz. 9 do godz. 11 · o 10.30
    relative dziś · dzisiaj · jutro · pojutrze · wczoraj

Polish puts the month's genitive after the day's number, with no dot between ("18 września"); "br." (bieżącego
roku, this year) stands where the year would, and "r." or "roku" follows a year. A clock is said with "godz." or
"godzinie"; "do godz. 12.40" (by 12.40) is the time by which something must be done, a deadline, not a clock of an
event. dates.find_mentions lays these over the mentions the other grammars found in the same text, the longer reading
of the same words winning.
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import (
    clock_range,
    compile_forms,
    first_of_a_pair,
    gated_mentions,
    named_day,
    one_day,
    parts,
    span_of_openings,
    today_word,
)
from parsers.mentions import CUT_OFF_HOUR, DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention

MONTHS = {
    # genitive (after a day's number) and nominative (a month named alone, or as a heading)
    "stycznia": 1, "styczeń": 1, "lutego": 2, "luty": 2, "marca": 3, "marzec": 3, "kwietnia": 4, "kwiecień": 4,
    "maja": 5, "maj": 5, "czerwca": 6, "czerwiec": 6, "lipca": 7, "lipiec": 7, "sierpnia": 8, "sierpień": 8,
    "września": 9, "wrzesień": 9, "października": 10, "październik": 10, "listopada": 11, "listopad": 11,
    "grudnia": 12, "grudzień": 12,
}  # fmt: skip
# The weekday as a heading ("wtorek, 5 marca") or after "w", "we" ("w środę 6 marca", "we wtorek").
WEEKDAYS = {
    "poniedziałek": 0, "wtorek": 1, "środa": 2, "środę": 2, "czwartek": 3, "piątek": 4, "sobota": 5, "sobotę": 5,
    "niedziela": 6, "niedzielę": 6,
}  # fmt: skip
# The adjective of a weekday before its noun ("Poniedziałkowy program", "wtorkowe posiedzenie"): that weekday.
WEEKDAY_ADJECTIVES = {
    "poniedziałkow": 0, "wtorkow": 1, "środow": 2, "czwartkow": 3, "piątkow": 4, "sobotn": 5, "niedzieln": 6,
}  # fmt: skip
# A day counted from the publication date.
PUBLISHED = {"dziś": 0, "dzisiaj": 0, "jutro": 1, "pojutrze": 2, "wczoraj": -1}

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
# "2020 roku", "2021 r.", "br." (this year: no year of its own, the item's)
_YEAR_TAIL = r"(?:\s+(?i:roku|r\.))?"
_THIS_YEAR = r"(?:\s+(?i:br\.|b\.r\.))?"
_CLOCK = rf"(?:{HOUR_NUMBER})(?:[.:][0-5]\d)?"
_GODZ = r"(?i:godz\.|godzinie|godziny|godz\b)"
_FORMS = {
    # "od 3 do 5 czerwca", "3-5 czerwca 2024": a span of one month, found before its days
    "s": (rf"(?:(?i:od)\s+(?P<s1d>{_DAY})(?:\s+(?P<s1m>{_MONTH}))?\s+(?i:do)\s+|(?P<s4d>{_DAY})\s*[-–]\s*)"
          rf"(?P<s2d>{_DAY})\s+(?P<s2m>{_MONTH})(?!\w)(?:\s+(?P<s2y>{YEAR_NUMBER})\b{_YEAR_TAIL})?{_THIS_YEAR}"),
    # "24 i 26 czerwca", "24, 25 i 26 czerwca 2026 r.": a day joined by "i" or "oraz" (or a comma, in a list that ends
    # so) to a later day of a month is a day of that month (the last day, with its month, is read after it)
    "a": (rf"(?P<ad>{_DAY})(?![.\d])(?=(?:\s*,\s*{_DAY})*\s+(?i:i|oraz)\s+{_DAY}\s+(?P<am>{_MONTH})(?!\w)"
          rf"(?:\s+(?P<ay>{YEAR_NUMBER})(?!\d))?)"),
    # "w poniedziałek, 27 stycznia 2020 roku", "18 września br.": a day (no dot after its number: "15. listopada"
    # is Croatian, November's word being Croatian October's)
    "d": (rf"(?:(?i:w|we)\s+)?(?:(?P<dw>{_WEEKDAY}),?\s+)?"
          rf"(?P<dd>{_DAY})(?![.\d])\s+(?P<dm>{_MONTH})(?!\w)(?:\s+(?P<dy>{YEAR_NUMBER})\b{_YEAR_TAIL})?{_THIS_YEAR}"),
    # "w poniedziałek", "we wtorek", "w najbliższą środę", "w przyszły piątek": a weekday said alone, the next such day
    # after the day in context, as "on Monday" is; not before its date ("we wtorek 12 marca": a day above), nor a rule's
    # ("co poniedziałek", "w każdy wtorek", "w poniedziałki") or one gone by ("w zeszły piątek", "w ubiegłą środę"),
    # which take no "w" right before the weekday
    "w": (rf"(?<!\w)(?i:w|we)\s+(?:(?i:najbliższy|najbliższą|przyszły|przyszłą)\s+)?(?P<ww>{_WEEKDAY})(?!\w)"
          rf"(?!\s*,?\s*{_DAY}\s)"),
    # "do godz. 12.40": by then, a deadline; read so that no other reading takes its clock (then left out)
    "b": rf"(?i:do)\s+{_GODZ}\s*{_CLOCK}",
    # "godz. 13.10", "o godz. 10.05", "w godz. 10.00-12.00", "od godz. 9 do godz. 11", "o 10.30": a clock after its
    # word, or with minutes after "o"
    "t": (rf"(?:(?i:o|w|od)\s+)?(?:(?P<g>{_GODZ})\s*|(?=\d{{1,2}}[.:][0-5]\d)(?<=(?i:o)\s))"
          rf"(?P<th>{HOUR_NUMBER})(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?:\s*(?:[-–]|(?i:do))\s*(?:{_GODZ}\s*)?(?P<uh>{HOUR_NUMBER})(?:[.:](?P<um>[0-5]\d))?)?(?![\d.,:]?\d)"),
    "p": rf"(?<!\w)(?P<pub>(?i:{alternatives(PUBLISHED)}))(?!\w)",
    # "Poniedziałkowy program", "w piątkowym posiedzeniu": the weekday's adjective, any ending, before a word
    # (Saturday's is soft: "sobotni koncert", "w sobotnim koncercie", "sobotnia gala", its endings after an "i")
    "j": rf"(?<!\w)(?P<jw>(?i:{alternatives(WEEKDAY_ADJECTIVES)}))"
         rf"(?i:y|a|e|ego|ej|ym|ych|i|emu|ia|ie|iego|iej|im|ich|iemu)(?=\s+\w)",
}
GRAMMAR = compile_forms(_FORMS)
# Only a text with one of these words is read (ASCII parts: the gate's folded text keeps ASCII letters only, "wrze" of
# "września", "dziernika" of "października").
_HINT_WORDS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "wrze",
               "dziernika", "listopada", "grudnia", "godz", "jutro", "dzisiaj", "wczoraj", "pojutrze",
               # the weekdays said alone ("we wtorek", "w piątek": "pi?tek", its "ą" a "?"; "Czwartkowy program")
               "poniedzia", "wtorek", "wtork", "?rod", "czwartek", "czwartk", "pi?tek", "pi?tk", "sobot", "niedziel")
# Words that say the text is Polish and not a name or another language's month in passing.
_POLISH = re.compile(r"(?<!\w)(?i:się|jest|będzie|odbędzie|odbędą|weźmie|wezmą|udział|roku|godz|godzinie|premier"
                     r"|prezydent|posiedzenie|spotkanie|konferencja|prasowa|uroczystość\w*|oraz|przez"
                     # a card's field names and its invitation: "Godzina:", "Miejsce:", "Zaproszenie dla mediów"
                     r"|godzina|miejsce|zaproszenie|mediów|dziennikarzy)(?!\w)")


def polish_mentions(text: str) -> list[Mention]:
    """The Polish date and time mentions of `text`, in order."""
    return gated_mentions(text, _HINT_WORDS, _POLISH, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        return span_of_openings(_day, groups, span)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "a":
        return first_of_a_pair(_day, match)
    if form == "w":
        return Mention("weekday", *span, weekday=WEEKDAYS[groups["ww"].lower()])
    if form == "p":
        return today_word(match, groups["pub"].lower(), PUBLISHED, span, ".!?:\n")
    if form == "j":
        return Mention("weekday", *span, weekday=WEEKDAY_ADJECTIVES[groups["jw"].lower()])
    if form == "b":
        # a deadline's clock, longer than the English grammar's reading of the same figures and left out with it
        return Mention(CUT_OFF_HOUR, *span)
    hour, minute = int(groups["th"]), int(groups["tm"] or 0)
    return clock_range(hour, minute, groups, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words
