"""The clock of a sitting's own course as minutes record it: "ADJOURNMENT OF THE REGULAR MEETING at 8:43 p.m.",
"The meeting was recessed from 7:50 p.m. to 8:00 p.m.", "reconvened at 2:10 pm", and so in German, French, Polish,
Spanish and Romanian records. What was done at that minute is
the record of a meeting held, not an event to come. Pure.

(An agenda's "Adjournment" row after its time, or "will recess at noon and reconvene at 1:30 p.m.", is not this:
the words of the record stand before the time, in the past or as the heading of a record.)
"""

from __future__ import annotations

import re

from parsers.dates import Mention

_RECORDED_BEFORE = re.compile(
    r"\b(?:adjournment\b(?:\s+of\b[^.;:\n]{0,80})?|adjourned|recessed|reconvened|called\s+to\s+order)"
    r"(?:\s+[^.;:\n\d]{0,30}?)?(?:\s+(?:at|from))?\s*$"  # (the mention itself may hold its "at" or "from")
    # a German or French record's end, break and resumption of the sitting: "Schluss der Sitzung: 14.33 Uhr",
    # "Unterbrechung der Sitzung um 13.02 Uhr", "La séance est levée à dix-huit heures", "suspendue à 16 h 40"
    r"|\b(?:(?:schluss|ende|unterbrechung|wiederaufnahme)\s+der\s+sitzung|sitzungsende"
    r"|s[ée]ance\s+(?:est\s+)?(?:lev[ée]e|suspendue|reprise))\s*(?::|um|à)?\s*$"
    # a Polish stenogram's bracketed notes: "(Początek posiedzenia o godzinie 10 minut 04)", "(Przerwa w obradach od
    # godziny 11 minut 15 do godziny 11 minut 40)", "(Koniec posiedzenia ...)"; "posiedzenie rozpoczęto o ..."
    r"|\(\s*(?:(?:początek|koniec|wznowienie)\s+posiedzenia|przerwa\s+w\s+obradach)\b[^()\n]{0,60}$"
    r"|\bposiedzenie\s+(?:rozpoczęto|zakończono|wznowiono)\b[^()\n.]{0,20}$"
    # a Spanish-language acta: "Se inició la sesión a las 11:07 horas", "se reanudó a las", "Se levanta la sesión a"
    r"|\bse\s+(?:inici[óo]|abri[óo]|levant[óo]|levanta|suspendi[óo]|reanud[óo])(?:\s+la\s+sesi[óo]n)?"
    r"(?:\s+a\s+las)?\s*$"
    # a Romanian stenogram: "Ședința a început la ora 9.40", "Lucrările ședinței s-au încheiat la ora 13.22"
    r"|\b(?:[șş]edin[țţ]a|lucr[ăa]rile(?:\s+[șş]edin[țţ]ei)?)\s+(?:au?\s+[îi]nceput|s-au?\s+[îi]ncheiat|s-au?\s+reluat"
    r"|a\s+fost\s+(?:deschis[ăa]|[îi]nchis[ăa]|suspendat[ăa]))(?:\s+la\s+ora)?\s*$",
    re.IGNORECASE)
_REACH = 140  # characters before the time: the record's words and what they name


def sitting_record(sentence: str, mention: Mention) -> bool:
    """Is `mention` a time at which minutes record a sitting adjourned, recessed, reconvened or called to order?"""
    return mention.kind == "time" \
        and _RECORDED_BEFORE.search(sentence, max(0, mention.start - _REACH), mention.start) is not None
