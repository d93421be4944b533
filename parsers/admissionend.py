"""The end of admissions told at a time ("last admission at 11:00", "dernier accès à bord à 11h00", "fin des visites à
12h00", "letzter Einlass um 17 Uhr"): when a place stops letting people in, a bound of its opening hours, not an event
of its own. Pure."""

from __future__ import annotations

import datetime as dt
import re

from parsers.dates import find_mentions
from parsers.findings import Finding
from parsers.gate import Gated
from parsers.reading import LETTERS

_END_OF_ADMISSION = re.compile(
    r"(?i:last\s+(?:admission|admittance|entry|access)|end\s+of\s+(?:the\s+)?visits?|visits\s+end|closing\s+time"
    r"|derni(?:er|ère)\s+(?:accès|entrée|admission)|fin\s+des\s+visites|fin\s+de\s+la\s+visite"
    r"|letzter\s+Einlass|Einlassschluss|últim[oa]\s+(?:acceso|ingreso|entrada|admissão)|fin\s+de\s+las\s+visitas"
    r"|fim\s+das\s+visitas|ultimo\s+ingresso|ultima\s+entrata|fine\s+delle\s+visite)\b")
_CLAUSE_MARKS = ";,(:\n"
_CLAUSE_WORDS = 7  # "dernier accès à bord à": the clause names the bound, a few words at most


def without_admission_ends(findings: list[Finding]) -> None:
    """Drop the timed findings whose clause only says when admissions end."""
    findings[:] = [f for f in findings if f.time is None or not _ends_admissions(f.text, f.time)]


# A word each match of _END_OF_ADMISSION holds, in lower case ("visit" for the ends of visits in every language, "ltim"
# for "último" and "ultima"): a finding's text without any is not searched (most timed findings).
_END_OF_ADMISSION_WORDS = Gated(_END_OF_ADMISSION, "last", "visit", "closing", "derni", "letzter", "einlassschluss",
                                "ltim")


def _ends_admissions(text: str, time: dt.time) -> bool:
    if _END_OF_ADMISSION_WORDS.search(text) is None:
        return False
    for mention in find_mentions(text):
        if mention.kind == "time" and mention.time == time:
            opening = max(text.rfind(mark, 0, mention.start) for mark in _CLAUSE_MARKS) + 1
            clause = text[opening : mention.start]
            return _END_OF_ADMISSION.search(clause) is not None and len(LETTERS.findall(clause)) <= _CLAUSE_WORDS
    return False
