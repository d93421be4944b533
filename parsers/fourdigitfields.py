"""A time field that gives a 24-hour time in four figures: "Time: 1000-1200", "Hora: 0930", "Zeit: 1400 (CET)".
Pure.

Four figures alone are as often a count or a year; after a field whose name says it is the time, on a line of
their own, they are the clock (as `fourdigitrows` reads them when they open a programme's row).
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.datewords import ZONE_LABELS
from parsers.fieldnames import alternatives
from parsers.mentions import Mention

_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d"
_HOURS_WORD = r"(?:\s*(?:hrs|hours|hr|h|H)\b\.?)"
# Where a field may give one: a colon, then four figures (the engine skips to the colons).
_AFTER_COLON = re.compile(rf":[ \t]*{_CLOCK}")
_TIME_NAMES = ("time", "times", "hour", "hours", "hora", "horario", "heure", "horaire", "zeit", "uhrzeit")
# The field's name right before the colon, opening its line or after a space ("Date: 14 May Time: 1000", the two
# lines of a card read as one)
_NAME = re.compile(rf"(?:^|(?<=\s))(?i:{alternatives(_TIME_NAMES)})[ \t]*$", re.MULTILINE)
# After the colon: the figures, maybe a range, maybe "hrs" and a zone, and the line's end
_VALUE = re.compile(
    rf":[ \t]*(?P<start>{_CLOCK}){_HOURS_WORD}?(?:[ \t]*(?:-|–|—|to)[ \t]*(?P<end>{_CLOCK}){_HOURS_WORD}?)?"
    rf"(?:[ \t]*\(?(?P<zone>{ZONE_LABELS})\)?)?[ \t]*$",
    re.MULTILINE,
)
_NAME_REACH = 12  # the field's name stands this near before its colon


def four_digit_fields(text: str) -> list[Mention]:
    """The times of the time fields of `text` given in four figures."""
    found: list[Mention] = []
    for colon in _AFTER_COLON.finditer(text):
        if _NAME.search(text, max(0, colon.start() - _NAME_REACH), colon.start()) is None:
            continue
        field = _VALUE.match(text, colon.start())
        if field is None:
            continue
        begin, end = field.start("start"), field.end()
        until = _clock(field.group("end")) if field.group("end") else None
        found.append(Mention("time", begin, end, text[begin:end].rstrip(), time=_clock(field.group("start")),
                             until=until, zone=field.group("zone") or ""))
    return found


def _clock(figures: str) -> dt.time:
    return dt.time(int(figures[:2]), int(figures[2:]))
