"""Swahili dates and times, read into the same mentions as the English grammar. Pure.

    days     tarehe 7 Machi 2019 · tarehe 8 Machi, 2019 · leo tarehe 7 Machi 2019 · 12 Agosti
    spans    tarehe 10 hadi 12 Machi 2019 · 10-12 Machi
    weekdays Jumatatu · siku ya Alhamisi
    times    saa tisa alasiri · saa 3 asubuhi · saa nne na nusu asubuhi · saa 2:30 usiku

Swahili counts the hours of the day from sunrise: "saa moja asubuhi" (the first hour of the morning) is 07:00, "saa
tisa alasiri" (the ninth hour, in the afternoon) 15:00, "saa mbili usiku" (the second hour of the night) 20:00. A
clock time is read only with its part of the day, which says the hour is counted so. dates.find_mentions lays these
mentions over those the other grammars found in the same text, the longer reading of the same words winning.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import compile_forms, gated_mentions, named_day, one_day, parts, two_days_of_a_month
from parsers.mentions import DAY_NUMBER, YEAR_NUMBER, Mention

MONTHS = {
    "januari": 1, "februari": 2, "machi": 3, "aprili": 4, "mei": 5, "juni": 6, "julai": 7, "agosti": 8,
    "septemba": 9, "oktoba": 10, "novemba": 11, "desemba": 12,
}  # fmt: skip
WEEKDAYS = {
    "jumatatu": 0, "jumanne": 1, "jumatano": 2, "alhamisi": 3, "ijumaa": 4, "jumamosi": 5, "jumapili": 6,
}  # fmt: skip
# The hours said in words ("saa tisa", the ninth hour), and the minutes a word adds ("na nusu", and a half).
HOURS = {
    "moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8, "tisa": 9, "kumi": 10,
    "kumi na moja": 11, "kumi na mbili": 12,
}  # fmt: skip
_MINUTES = {"nusu": 30, "robo": 15}
# The part of the day after the hour, and the clock hour of the Swahili hours 1 to 12 in it: the hours count from
# 06:00 in the morning and the afternoon ("saa sita mchana", noon; "saa kumi na mbili asubuhi", dawn, 06:00), from
# 18:00 in the evening and the night ("saa mbili usiku", 20:00; "saa sita usiku", midnight).
_PARTS = {
    "asubuhi": (7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6),
    "mchana": (7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18),
    "alasiri": (7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18),
    "jioni": (19, 20, 21, 22, 23, 0, 13, 14, 15, 16, 17, 18),
    "usiku": (19, 20, 21, 22, 23, 0, 1, 2, 3, 4, 5, 6),
}

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_HOUR = rf"(?i:{alternatives(HOURS)})|1[0-2]|0?[1-9]"
_DAY = DAY_NUMBER
_YEAR = YEAR_NUMBER
_LEAD = r"(?:(?i:leo|kesho|kuanzia|ifikapo)\s+)?(?:(?i:tarehe)\s+)?"  # "leo tarehe 7 Machi": today, the 7th
_FORMS = {
    # "tarehe 10 hadi 12 Machi 2019", "10-12 Machi": a span (found before its days)
    "s": (rf"{_LEAD}(?P<s1d>{_DAY})\s*(?:[-–]|\s(?i:hadi|mpaka)\s)\s*(?:(?i:tarehe)\s+)?(?P<s2d>{_DAY})"
          rf"\s+(?P<s2m>{_MONTH})(?!\w)(?:,?\s+(?P<s2y>{_YEAR})\b)?"),
    # "tarehe 7 Machi 2019", "tarehe 8 Machi, 2019", "Jumamosi, tarehe 9 Machi": a day
    "d": (rf"(?:(?P<dw>{_WEEKDAY}),?\s+)?{_LEAD}(?P<dd>{_DAY})\s+(?P<dm>{_MONTH})(?!\w)"
          rf"(?:,?\s+(?P<dy>{_YEAR})\b)?"),
    # "siku ya Alhamisi", "Jumatatu": a weekday
    "w": rf"(?:(?i:siku\s+ya)\s+)?(?P<ww>{_WEEKDAY})(?!\w)",
    # "saa tisa alasiri", "saa 3 asubuhi", "saa nne na nusu asubuhi", "saa 2:30 usiku": an hour of the Swahili day
    "t": (rf"(?i:saa)\s+(?P<th>{_HOUR})(?:[.:](?P<tm>[0-5]\d))?(?:\s+(?i:na)\s+(?P<tx>(?i:nusu|robo)))?"
          rf"\s+(?P<tp>(?i:{alternatives(_PARTS)}))(?!\w)"),
}
GRAMMAR = compile_forms(_FORMS)
# Only a text with one of these words is read: the names of the months and weekdays, "tarehe" (the date) and "saa"
# (the hour); and only one that has a word of Swahili ("Mei", "Juni" and "Machi" are names elsewhere too).
_HINT_WORDS = tuple(sorted({*MONTHS, *WEEKDAYS, "tarehe", "saa "}))
_SWAHILI = re.compile(r"(?<![\w'’])(?i:na|ya|wa|kwa|katika|tarehe|ziara|wizara|waziri|rais|mheshimiwa|mkutano"
                      r"|asubuhi|mchana|alasiri|jioni|usiku)(?!\w)")


def swahili_mentions(text: str) -> list[Mention]:
    """The Swahili date and time mentions of `text`, in order."""
    return gated_mentions(text, _HINT_WORDS, _SWAHILI, GRAMMAR, _mention)


def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "s":
        return two_days_of_a_month(_day, groups, span)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "w":
        return Mention("weekday", *span, weekday=WEEKDAYS[groups["ww"].lower()])
    return _time(groups, span)


def _time(groups: dict[str, str | None], span: tuple[int, int, str]) -> Mention:
    """"saa tisa alasiri": the hour of the Swahili day, in the part of the day that follows it, on the 24-hour clock."""
    said = " ".join((groups["th"] or "").lower().split())
    number = HOURS[said] if said in HOURS else int(said)
    hour = _PARTS[(groups["tp"] or "").lower()][number - 1]
    minutes = int(groups["tm"]) if groups["tm"] else _MINUTES.get((groups["tx"] or "").lower(), 0)
    return Mention("time", *span, time=dt.time(hour, minutes))


_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words
