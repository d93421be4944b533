"""New Year's Day named, not numbered: "le jour de l'an", "New Year's Day", "Neujahrstag", "el día de Año Nuevo",
"o dia de Ano Novo" are 1 January (its year, as a yearless "1 January"'s, from the item), where a clock time
follows. Pure.

Left unread, "Le jour de l'an, dès 8heures, ..." put its ceremony on the day before (the last day named).
"""

from __future__ import annotations

import re

from parsers.gate import folded_case, holds_any
from parsers.mentions import DayPart, Mention

_NAMES = re.compile(
    r"(?<![\w'’])(?:"
    r"(?i:jour\s+de\s+l['’]an)"  # French
    r"|New\s+Year['’]s\s+Day|NEW\s+YEAR['’]S\s+DAY"  # English, the holiday's name (not "New Year's Eve")
    r"|Neujahrstag"  # German
    r"|(?i:d[íi]a\s+de\s+A[ñn]o\s+Nuevo)"  # Spanish
    r"|(?i:dia\s+de\s+Ano\s+Novo)"  # Portuguese
    r")(?![\w'’])")
# (a cheap look before the pattern: most texts name no New Year)
_HINTS = ("an", "Year", "YEAR", "Neujahr", "Nuevo", "nuevo", "Novo", "novo")
# A word every name holds, as written (English, German) or in any case (French, Spanish, Portuguese: looked for in the
# folded text, gate.folded_case, where (?i) finds these letters: no other letter reads as one of them). "an", a hint
# above for "l'an", stands in most English texts: these, in few, spare the pattern's search of the whole text.
_CASED_WORDS = ("Year", "YEAR", "Neujahrstag")
_WORDS_IN_ANY_CASE = ("jour", "nuevo", "novo")


def _may_name(text: str) -> bool:
    """Does `text` hold a word of every match of _NAMES?"""
    return holds_any(text, _CASED_WORDS) or holds_any(folded_case(text), _WORDS_IN_ANY_CASE)


# A clock time in the same clause after the name: "Le jour de l'an, dès 8heures", "Am Neujahrstag um 11 Uhr". The
# name alone is mostly a holiday's ("In observance of New Year's Day, City Hall is closed Monday, January 1"): a
# closure its own date tells.
_CLOCK_AFTER = re.compile(r"[^.;\n]{0,40}?(?<![\w.:])\d{1,2}(?:[:.h]\d\d|\s?(?:h\b|heures?|Uhr|horas?|[ap]\.?m\.?))",
                          re.IGNORECASE)


# Another calendar's New Year ("Lunar New Year's Day", "Ethiopian New Year's Day", "le jour de l'an chinois", "el Año
# Nuevo chino"): its day is no 1 January.
_OTHER_CALENDAR = (r"lunar|chinese|vietnamese|korean|tibetan|persian|iranian|ethiopian|orthodox|julian|jewish"
                   r"|islamic|hijri|nepali|sinhala|tamil|thai|khmer|lao|mongolian|bengali")
_CALENDAR_BEFORE = re.compile(rf"\b(?:{_OTHER_CALENDAR})\s+$", re.IGNORECASE)
_CALENDAR_AFTER = re.compile(r"\s+(?:chinois|lunaire|vietnamien|tibétain|persan|éthiopien|orthodoxe|juif|musulman"
                             r"|chino|lunar|chinês|chinesa|chinesisch\w*|persa|judío|islámico)\b", re.IGNORECASE)


def new_years_days(text: str) -> list[Mention]:
    """The mentions of New Year's Day by its name, with a clock time after it: a day, 1 January, with no year."""
    if not any(hint in text for hint in _HINTS) or not _may_name(text):
        return []
    return [Mention("day", m.start(), m.end(), m.group(), first=DayPart(1, 1))
            for m in _NAMES.finditer(text) if _CLOCK_AFTER.match(text, m.end())
            and not _CALENDAR_BEFORE.search(text, max(0, m.start() - 20), m.start())
            and not _CALENDAR_AFTER.match(text, m.end())]
