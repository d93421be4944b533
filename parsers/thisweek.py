"""The weekdays an item names as of its own week ("tours this Saturday", "este sábado", "nesta sexta-feira", "ce
samedi", "el sábado y domingo venideros"). Pure.

A later bare "on Saturday" in the item is that Saturday, though a sentence between named another day ("Patient
care begins on June 2."): reading.relative_day asks here.
"""

from __future__ import annotations

import re

from parsers.datewords import WEEKDAY_NAMES
from parsers.lang_iberian import WEEKDAYS as IBERIAN_WEEKDAYS

_THIS_WEEKDAY = re.compile(r"\b[Tt]his\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NUMBERS = {name: n for n, name in enumerate(WEEKDAY_NAMES)}
# The same in Spanish, Portuguese and French: "este sábado", "esta segunda-feira", "neste domingo", "ce samedi".
_ABROAD = re.compile(r"(?i:\b(?:este|esta|neste|nesta|ce)\s+)"
                     r"(?i:(lunes|segunda-feira|lundi)|(martes|terça-feira|terca-feira|mardi)"
                     r"|(miércoles|miercoles|quarta-feira|mercredi)|(jueves|quinta-feira|jeudi)"
                     r"|(viernes|sexta-feira|vendredi)|(sábado|sabado|samedi)|(domingo|dimanche))\b")


# Spanish and Portuguese weekdays said as the coming ones: "el próximo sábado", "el sábado y domingo venideros", "el
# lunes próximo", "a próxima sexta-feira".
_IBERIAN_DAY = "|".join(sorted(IBERIAN_WEEKDAYS, key=len, reverse=True))
_COMING = re.compile(rf"(?i:\bpr[óo]xim[oa]\s+({_IBERIAN_DAY})\b"
                     rf"|\b({_IBERIAN_DAY})(?:\s+y\s+({_IBERIAN_DAY}))?\s+(?:venider[oa]s?|pr[óo]xim[oa]s?)\b)")


def this_week_days(text: str) -> frozenset[int]:
    """The weekday numbers (Monday 0) the text says with "this" ("this Saturday": 5), or as the coming ones."""
    days = frozenset(_NUMBERS[m.group(1)] for m in _THIS_WEEKDAY.finditer(text)) if "his " in text else frozenset()
    if "st" in text or "ce " in text:
        days |= {next(n for n, name in enumerate(m.groups()) if name) for m in _ABROAD.finditer(text)}
    if "xim" in text or "venider" in text:
        days |= {IBERIAN_WEEKDAYS[name.lower()] for m in _COMING.finditer(text) for name in m.groups() if name}
    return days


# A title that speaks of the week the item is written in: "What's on in Geneva this week?", "The week ahead", "Cette
# semaine à l'ONU", "Esta semana", "Diese Woche", "Questa settimana".
_WEEK_TITLE = re.compile(r"(?i:\bthis\s+week\b|\bweek\s+ahead\b|\bcette\s+semaine\b|\besta\s+semana\b"
                         r"|\bdiese\s+woche\b|\bquesta\s+settimana\b)")


def week_title(title: str) -> bool:
    """Does the title speak of the item's own week? Then every bare weekday of the item is a day of that week."""
    return any(part in title for part in ("eek", "emain", "emana", "oche", "ettimana")) \
        and _WEEK_TITLE.search(title) is not None

