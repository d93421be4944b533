"""The weekdays an item names as of its own week ("tours this Saturday", "este sábado", "nesta sexta-feira", "ce
samedi"). Pure.

A later bare "on Saturday" in the item is that Saturday, though a sentence between named another day ("Patient
care begins on June 2."): reading.relative_day asks here.
"""

from __future__ import annotations

import re

_THIS_WEEKDAY = re.compile(r"\b[Tt]his\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NUMBERS = {name: n for n, name in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                              "Sunday"))}
# The same in Spanish, Portuguese and French: "este sábado", "esta segunda-feira", "neste domingo", "ce samedi".
_ABROAD = re.compile(r"(?i:\b(?:este|esta|neste|nesta|ce)\s+)"
                     r"(?i:(lunes|segunda-feira|lundi)|(martes|terça-feira|terca-feira|mardi)"
                     r"|(miércoles|miercoles|quarta-feira|mercredi)|(jueves|quinta-feira|jeudi)"
                     r"|(viernes|sexta-feira|vendredi)|(sábado|sabado|samedi)|(domingo|dimanche))\b")


def this_week_days(text: str) -> frozenset[int]:
    """The weekday numbers (Monday 0) the text says with "this" ("this Saturday": 5)."""
    days = frozenset(_NUMBERS[m.group(1)] for m in _THIS_WEEKDAY.finditer(text)) if "his " in text else frozenset()
    if "st" in text or "ce " in text:
        days |= {next(n for n, name in enumerate(m.groups()) if name) for m in _ABROAD.finditer(text)}
    return days
