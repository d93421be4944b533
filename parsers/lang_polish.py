"""Polish dates and times, read into the same mentions as the English grammar. Pure.

    days     15 września 2023 r. · w piątek, 15 września · we wtorek 3 października · Środa, 4 października 2023
    spans    od 15 do 17 września 2023 · 15–17 września
    times    o godz. 11:00 · o godzinie 11.00 · godz. 9.30 · w godz. 10:00–12:00 · od 10:00 do 12:00 · o 11:00
    relative dziś · dzisiaj · jutro · wczoraj

The month follows the day's number, in the genitive in a sentence ("15 września") and in the nominative in a
heading ("wrzesień 2023"); a year may follow, with "r." after it. A clock says it is one by "godz." or "godzinie"
before it, or by its minutes after "o" or "od". dates.find_mentions lays these over the mentions the other grammars
found in the same text, the longer reading of the same words winning.
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import clock_range, compile_forms, named_day, one_day, parts, span_of_openings, today_word
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention

MONTHS = {
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8,
    "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
    "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5, "czerwiec": 6, "lipiec": 7, "sierpień": 8,
    "wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12,
}  # fmt: skip
# The weekday as a heading ("Środa") or after "w", "we" ("w środę", "we wtorek").
WEEKDAYS = {
    "poniedziałek": 0, "wtorek": 1, "środa": 2, "środę": 2, "czwartek": 3, "piątek": 4, "sobota": 5, "sobotę": 5,
    "niedziela": 6, "niedzielę": 6,
}  # fmt: skip
PUBLISHED = {"dziś": 0, "dzisiaj": 0, "jutro": 1, "wczoraj": -1}

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
_HOUR_WORD = r"(?i:godz\.|godzinie|godzinach|godziny)"
_FORMS = {
    # "od 15 do 17 września 2023", "15–17 września": a span of one month (found before its days)
    "s": (rf"(?:(?i:od)\s+(?P<s1d>{_DAY})(?:\s+(?P<s1m>{_MONTH}))?\s+(?i:do)\s+|(?P<s4d>{_DAY})\s*[-–]\s*)"
          rf"(?P<s2d>{_DAY})\s+(?P<s2m>{_MONTH})(?!\w)(?:\s+(?P<s2y>{YEAR_NUMBER})(?:\s*r\.|\b))?"),
    # "w piątek, 15 września 2023 r.", "Środa, 4 października": a day (the month after its day's number)
    "d": (rf"(?:(?i:w|we)\s+)?(?:(?P<dw>{_WEEKDAY}),?\s+)?"
          rf"(?P<dd>{_DAY})\s+(?P<dm>{_MONTH})(?!\w)(?:\s+(?P<dy>{YEAR_NUMBER})(?:\s*r\.|\b))?"),
    # "o godz. 11:00", "w godz. 10:00–12:00", "od 10:00 do 12:00", "o 11.30": a clock
    "t": (rf"(?:(?i:o|od|w|we)\s+)?(?:(?P<word>{_HOUR_WORD})\s*)?(?P<th>{HOUR_NUMBER})(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?:\s*(?:[-–]|(?i:do))\s*(?P<uh>{HOUR_NUMBER})(?:[.:](?P<um>[0-5]\d))?)?(?![\d.,:]?\d)"),
    "p": rf"(?<!\w)(?P<pub>(?i:{alternatives(PUBLISHED)}))(?!\w)",
}
GRAMMAR = compile_forms(_FORMS)
# Letters Polish writes in nearly every sentence, and other languages of Latin script seldom; and its words.
_POLISH_LETTERS = re.compile(r"[ąęłńśźżĄĘŁŃŚŹŻ]")
_POLISH = re.compile(r"(?<!\w)(?i:się|jest|będzie|odbędzie|odbędą|oraz|który|która|które|minister|ministra|spotkanie"
                     r"|konferencja|posiedzenie|wizyta|godz|przez|podczas|dla)(?!\w)")


def polish_mentions(text: str) -> list[Mention]:
    """The Polish date and time mentions of `text`, in order (only a text with a letter and a word of Polish is
    read)."""
    if _POLISH_LETTERS.search(text) is None or _POLISH.search(text) is None:
        return []
    return [m for match in GRAMMAR.finditer(text) if (m := _mention(match)) is not None]


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        return span_of_openings(_day, groups, span)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "p":
        return today_word(match, groups["pub"].lower(), PUBLISHED, span, ".!?:\n")
    said = match.group().lower()
    if not groups["word"] and not (groups["tm"] and said.startswith(("o ", "od "))):
        return None  # "w 10" may be a count; a clock says so by "godz." or by "o 10.30"
    hour, minute = int(groups["th"]), int(groups["tm"] or 0)
    return clock_range(hour, minute, groups, span)


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words
