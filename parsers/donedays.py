"""Days a French, Spanish, Portuguese or Italian text names as those something was done on. Pure.

    le bureau ayant rendu son avis le 11 décembre · l'accord signé le 3 mai · la ley firmada el 1 de julio
    la ley aprobada el 5 de marzo · o acordo assinado em 2 de junho · il decreto approvato il 4 aprile

A participle of a deed done ("signé", "aprobada", "firmado") right before the day, or a clause of "having done"
("ayant rendu son avis", "habiendo firmado") that ends on it, dates what is over: the day is history, not an
event, as parsers.notevents reads "signed on 4 June" in English. Not where the sentence says the deed is still to
come ("sera signé le", "será aprobada el").
"""

from __future__ import annotations

import re

# (Not "ouvert", "abierto", "aperto": also the adjective "open", "Porte Aperte il 20 settembre", "restera ouverte le".)
_DONE = ("rendu", "signé", "adopté", "approuvé", "conclu", "publié", "annoncé", "décidé", "lancé", "créé", "entamé",
         "achevé", "firmad", "aprobad", "adoptad", "publicad", "anunciad", "iniciad", "suscrit", "concluid", "assinad",
         "aprovad", "firmat", "approvat", "adottat", "pubblicat", "avviat")
# The participle's endings of gender and number ("signée", "signés", "aprobada", "firmados", "approvati").
_ENDING = r"(?:e|es|s|a|as|o|os|i)?"
_PARTICIPLE = rf"\b(?:{'|'.join(_DONE)}){_ENDING}"
_HAVING = r"\b(?:ayant|habiendo|tendo|avendo)\s+(?:été\s+|sido\s+|stato\s+)?[^\W\d]+(?:\s+[\w'’]+){0,3}?"
_DONE_BEFORE = re.compile(rf"(?:{_PARTICIPLE}|{_HAVING})\s+(?:(?:le|el|em|no|il|lo|au|al)\s*)?$", re.IGNORECASE)
# "sera signé le", "será aprobada el", "deve essere approvato il": the deed to come.
_TO_COME = re.compile(r"\b(?:sera|seront|serait|seraient|doit\s+être|doivent\s+être|será|serán|sería|va\s+a\s+ser"
                      r"|debe\s+ser|deben\s+ser|sarà|saranno|deve\s+essere|devono\s+essere|vai\s+ser|deverá\s+ser)\s+"
                      r"[^\W\d]+\s*(?:(?:le|el|em|no|il|lo)\s*)?$", re.IGNORECASE)


def done_before(before: str) -> bool:
    """Do the words `before` a day end with a deed done that dates it ("ayant rendu son avis le", "firmada el")?"""
    return _DONE_BEFORE.search(before) is not None and _TO_COME.search(before) is None
