"""A time field that gives a 24-hour time in four figures: "Time: 1000-1200", "Hora: 0930", "Zeit: 1400 (CET)".
Pure.

Four figures alone are as often a count or a year; after a field whose name says it is the time, on a line of
their own, they are the clock (as `fourdigitrows` reads them when they open a programme's row).
"""

from __future__ import annotations

import re

from parsers.datewords import ZONE_LABELS
from parsers.fieldnames import TIME, alternatives
from parsers.fourdigitrows import CLOCK, HOURS_WORD, clock_of
from parsers.mentions import Mention

_HOURS = rf"(?:{HOURS_WORD}|H\b)"  # ("1000H-1200H", as Philippine notices write it)
# Where a field may give one: a colon, then four figures (the engine skips to the colons).
_AFTER_COLON = re.compile(rf":[ \t]*{CLOCK}")
# The field's name right before the colon, opening its line or after a space ("Date: 14 May Time: 1000", the two
# lines of a card read as one)
_NAME = re.compile(rf"(?:^|(?<=\s))(?i:{alternatives(TIME)})[ \t]*$", re.MULTILINE)
# After the colon: the figures, maybe a range, maybe "hrs" and a zone, and the line's end
_VALUE = re.compile(
    rf":[ \t]*(?P<start>{CLOCK}){_HOURS}?(?:[ \t]*(?:-|–|—|to)[ \t]*(?P<end>{CLOCK}){_HOURS}?)?"
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
        until = clock_of(field.group("end")) if field.group("end") else None
        found.append(Mention("time", begin, end, text[begin:end].rstrip(), time=clock_of(field.group("start")),
                             until=until, zone=field.group("zone") or ""))
    return found

