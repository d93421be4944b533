"""Catalan dates and times, read into the same mentions as the English grammar. Pure.

    days     dijous 23 de novembre · el 5 d'octubre de 2023 · dilluns, 2 de març
    spans    del 12 al 14 de novembre · entre el 3 i el 5 de maig · 12-14 de juny de 2024
    weekdays el dijous · aquest divendres · el proper dilluns
    headings Dilluns, 27 · Dimarts 28 (a line of its own over that day's rows, the month in context)
    relative avui · demà · demà passat · ahir
    times    a les 15.30 hores · cap a les 17 hores · a les 10 h · a les 9 del matí · a la 1 de la tarda

dates.find_mentions lays them over the mentions the other grammars found in the same text, the longer
reading of the same words winning ("a les 15.30 hores" is one time, where the English grammar sees a bare "15.30").
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from parsers.fieldnames import alternatives
from parsers.gate import folded_case
from parsers.langgrammar import (
    compile_forms,
    mentions_with_spans_apart,
    named_day,
    one_day,
    parts,
    today_word,
)
from parsers.mentions import DAY_NUMBER, HEADING_END, HEADING_START, HOUR_NUMBER, YEAR_NUMBER, Mention

MONTHS = {
    "gener": 1, "febrer": 2, "març": 3, "marc": 3, "abril": 4, "maig": 5, "juny": 6, "juliol": 7, "agost": 8,
    "setembre": 9, "octubre": 10, "novembre": 11, "desembre": 12,
}  # fmt: skip
WEEKDAYS = {
    "dilluns": 0, "dimarts": 1, "dimecres": 2, "dijous": 3, "divendres": 4, "dissabte": 5, "diumenge": 6,
}  # fmt: skip
# Days counted from the publication date.
PUBLISHED = {"avui": 0, "demà passat": 2, "dema passat": 2, "demà": 1, "dema": 1, "ahir": -1}
# The part of the day after an hour: "a les 9 del matí" is 09:00, "a les 5 de la tarda" 17:00.
_PARTS = {"del matí": "am", "del mati": "am", "del migdia": "noon", "de la tarda": "pm", "del vespre": "pm",
          "de la nit": "night"}

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
_YEAR = YEAR_NUMBER
_OF = r"(?:\s+(?i:de)\s+|\s+(?i:d)['’]|['’])"  # "de novembre", "d'octubre"
_FORMS = {
    # "del 12 al 14 de novembre", "entre el 3 i el 5 de maig", "12-14 de juny de 2024": a span (found before its days)
    # ("del 30 de desembre de 2024 al 2 de gener de 2025": the first month may have its year, across the turn of one)
    "s": (rf"(?:(?i:del)\s+(?P<s1d>{_DAY})(?:{_OF}(?P<s1m>{_MONTH})(?:\s+(?i:de)\s+(?P<s1y>{_YEAR}))?)?\s+(?i:al)\s+"
          rf"|(?i:entre\s+el)\s+(?P<s3d>{_DAY})(?:{_OF}(?P<s3m>{_MONTH}))?\s+(?i:i\s+el)\s+"
          rf"|(?P<s4d>{_DAY})\s*[-–]\s*)"
          rf"(?P<s2d>{_DAY}){_OF}(?P<s2m>{_MONTH})\b(?:\s+(?i:de)\s+(?P<s2y>{_YEAR})\b)?"),
    # "dijous 23 de novembre", "el 5 d'octubre de 2023", "dilluns, 2 de març": a day (the month after "de" or "d'")
    # ("el" before it is part of the date, as "on" is left out of a summary)
    "d": (rf"(?:(?i:el)\s+)?(?:(?P<dw>{_WEEKDAY}),?\s+)?(?P<dd>{_DAY}){_OF}(?P<dm>{_MONTH})\b"
          rf"(?:\s+(?i:de)\s+(?P<dy>{_YEAR})\b)?"),
    # "Dilluns, 27", "Dimarts 28": a line of a week agenda that holds only a weekday and its day of the month, the
    # heading of that day's rows, the month in context (as the Italian "Lunedì 23" and the Spanish "Jueves 6")
    "e": rf"{HEADING_START}(?P<ew>{_WEEKDAY}),?[ \t]+(?P<ed>{_DAY})" + HEADING_END,
    # "el dijous", "aquest divendres", "el proper dilluns": a weekday after a word that makes it a day
    "w": rf"(?i:el|aquest|aquest\s+proper|el\s+proper|el\s+pròxim|el\s+proxim)\s+(?P<ww>{_WEEKDAY})\b",
    # "a les 15.30 hores", "cap a les 17 hores", "a les 10 h", "a les 9 del matí", "a la 1 de la tarda": a clock after
    # "les" or "la" and said to be one by its minutes, "hores"/"h" or the part of the day
    "t": (rf"(?:(?i:cap\s+a|a|de|des\s+de|fins\s+a)\s+)?(?i:les|la)\s+(?P<th>{HOUR_NUMBER})(?:[.:,h](?P<tm>[0-5]\d))?"
          rf"(?:\s*(?P<hores>(?i:hores|h))\b|\s+(?P<tp>(?i:{alternatives(_PARTS)}))\b)?"
          r"(?![\d.,:]?\d)(?!\s*%)"),
    # "avui", "demà", "demà passat", "ahir": a day counted from the publication date
    "p": rf"(?P<pub>(?i:{alternatives(PUBLISHED)}))(?!\w)",
}
GRAMMAR = compile_forms(_FORMS, r"\w/.:'’-")
# Only a text with one of these words is read: most texts are not Catalan and pay a few substring searches. A month
# with the "de" or "d'" a date puts before it ("gener" alone is in "general", "marc" in "market"), the weekdays, the
# days counted from the publication date and the words of a clock, as the folded text shows them ("demà" as "dem?").
_HINT_WORDS = tuple(sorted({folded_case(f"{of}{month}") for month in MONTHS
                            for of in (("d'", "d’") if month[0] in "aeiou" else ("de ",))}
                           | {folded_case(word) for word in (*WEEKDAYS, *PUBLISHED)}
                           | {" hores", "tarda", "vespre", "migdia", "del mat", "de la nit"}))
# Words that say the text is Catalan, not Spanish, French or Occitan ("octubre" and "novembre" are Spanish or French
# months too).
_CATALAN = re.compile(r"(?<!\w)(?i:amb|els|dels|pels|aquesta|aquest|serà|tindrà|farà|també|però|perquè|avui|demà"
                      r"|hores|dijous|dimecres|divendres|dissabte)(?!\w)")


def catalan_mentions(text: str) -> list[Mention]:
    """The Catalan date and time mentions of `text`, in order."""
    return mentions_with_spans_apart(text, _HINT_WORDS, _CATALAN, GRAMMAR, _day, _mention)



def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "w":
        return Mention("weekday", *span, weekday=WEEKDAYS[groups["ww"].lower()])
    if form == "e":  # the heading of a day: that weekday which is that day of the month
        return Mention("weekday", *span, weekday=WEEKDAYS[groups["ew"].lower()], offset=int(groups["ed"]))
    if form == "p":
        said = " ".join(groups["pub"].lower().split())
        return today_word(match, said, PUBLISHED, span)
    return _time(groups, span)


def _time(groups: dict[str, str | None], span: tuple[int, int, str]) -> Mention | None:
    """"a les 15.30 hores", "a les 9 del matí": a clock time; None where nothing says it is one ("a les 3": three
    what?) or the text does not say which half of the day it is."""
    hour, minute = int(groups["th"] or 0), int(groups["tm"] or 0)
    part = _PARTS.get(" ".join((groups["tp"] or "").lower().split()), "")
    if not (groups["tm"] or groups["hores"] or part):
        return None  # "les 3 propostes": a number, not a clock
    if not part and not groups["tm"] and hour < 7:
        return None  # "a les 5 hores": morning or evening, the text does not say
    if part == "pm" and hour < 12 or part == "noon" and hour < 11 or part == "night" and 6 <= hour < 12:
        hour += 12  # "a les 5 de la tarda", "a la 1 del migdia", "a les 10 de la nit"
    elif part in ("am", "night") and hour == 12:
        hour = 0
    return Mention("time", *span, time=dt.time(hour, minute))


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words
