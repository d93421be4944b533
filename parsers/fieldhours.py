"""Bare hours in a time field: "Horario: 10 a 11", "Hours: 9 - 12", "Horario: 11 a 13.30". Pure.

    Horario: 10 a 11          10:00 to 11:00 (the field says it is a clock; the hours are the 24-hour clock's)
    Hora: de 9 a 13 h         09:00 to 13:00
    Time: 2 to 4              nothing: a bare 2 is as likely 14:00 (no half of the day said)
    Time: 7 - 9               nothing: English writes the 12-hour clock, 7 to 9 in the evening as likely

A field that names the time ("Horario:", "Hora:", "Time:", "Uhrzeit:") makes a clock of two bare hours on the rest of
its line, joined by a word or dash of range, as a schedule's rows write them (a provincial office's tour, "Horario: 10
a 11" under each town). The hours are read on the 24-hour clock where that is plain: the start from 7 on, or an end
past noon; else (two hours under 7 and 12) the half of the day is not said and nothing is read. The end may carry its
minutes ("11 a 13.30"). Alone, neither hour is a clock: "a 11" is as likely a count.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.fieldnames import TIME, alternatives
from parsers.mentions import Mention

_HOUR = r"(?:[01]?\d|2[0-3])"
_FIELD_HOURS = re.compile(
    rf"(?im)^[ \t]*(?P<field>{alternatives(TIME)})[ \t]*:[ \t]*"
    r"(?P<span>(?:de[ \t]+(?:las[ \t]+)?|from[ \t]+|von[ \t]+|de[ \t]+)?"
    rf"(?P<h1>{_HOUR})(?![\d:.,])[ \t]*(?:a|to|hasta|bis|à|-|–|—)[ \t]*(?:las[ \t]+)?"
    rf"(?P<h2>{_HOUR})(?:[.:](?P<m2>[0-5]\d))?(?![\d:.,]\d)"
    r"(?:[ \t]*(?:h|hs|hrs|horas|hours|uhr)\b\.?)?)[ \t]*$")
_EARLIEST_START = 7  # a bare start from 7 on is the day's own hour ("9 a 10"); earlier needs an end past noon
_NOON = 12
# The fields English names: English writes a bare hour on the 12-hour clock ("Time: 7 - 9", a reception in the
# evening), so only an hour past noon makes the 24-hour clock plain ("Hours: 9 - 17").
_TWELVE_HOUR_FIELDS = frozenset(("time", "times", "timing", "hour", "hours", "start", "starts", "start time",
                                 "starting time", "begins", "kick-off", "kickoff", "kick off"))


def field_hours(text: str) -> list[Mention]:
    """The time range of each time field whose line holds only two bare hours (the end may have its minutes)."""
    if ":" not in text:
        return []
    found = []
    for match in _FIELD_HOURS.finditer(text):
        first, last = int(match.group("h1")), int(match.group("h2"))
        minutes = int(match.group("m2") or 0)
        if not (first >= _EARLIEST_START or last > _NOON) or (last, minutes) <= (first, 0):
            continue
        if last <= _NOON and " ".join(match.group("field").lower().split()) in _TWELVE_HOUR_FIELDS:
            continue  # "Time: 7 - 9": morning or evening, the English field does not say
        found.append(Mention("time", match.start("span"), match.end("span"), match.group("span"),
                             time=dt.time(first), until=dt.time(last, minutes)))
    return found
