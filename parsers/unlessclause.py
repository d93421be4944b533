"""A time inside a clause of condition, "unless members agree to begin at 9 a.m. instead", "salvo que la Mesa la
adelante a las 9:00", "sauf si le bureau l'avance à 9 h": an alternative that may never happen, not an event (the
event is the time of the main clause). "Unless otherwise noted, meetings start at 9 a.m." is no such clause: its
time stands after the clause's comma. Pure."""

from __future__ import annotations

import re

from parsers.dates import Mention

_UNLESS_BEFORE = re.compile(
    r"\b(?:unless|salvo\s+(?:que|se)|a\s+menos\s+que|a\s+n[oã]o?\s+ser\s+que|sauf\s+si|à\s+moins\s+que)\b"
    r"(?!\s+(?:otherwise|indicated|noted|stated|de\s+lo\s+contrario|indicaci[óo]n|contraordre|mention))"
    r"[^,;.:()\n]{0,80}$", re.IGNORECASE)
_REACH = 100  # characters before the time where the clause of condition opens


def in_a_condition(sentence: str, mention: Mention) -> bool:
    """Is `mention` a time told only as what may be done instead ("unless ... at 9 a.m. instead")?"""
    return mention.kind == "time" \
        and _UNLESS_BEFORE.search(sentence, max(0, mention.start - _REACH), mention.start) is not None
