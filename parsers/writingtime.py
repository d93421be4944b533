"""The clock at which a report was written: "as of 9.20 a.m., when this story was filed, the sitting had not
begun", "sampai pukul 09.20 WIB, ketika berita ini ditulis", "hasta las 10:15, al cierre de esta edición". A
reporter's own clock beside the words that say so is no event. Pure."""

from __future__ import annotations

import re

from parsers.dates import Mention

_WRITING = re.compile(
    r"\b(?:at\s+(?:press|the)\s+time(?:\s+of\s+writing)?|as\s+of\s+(?:this\s+)?writing|at\s+the\s+time\s+of\s+writing"
    r"|when\s+this\s+(?:story|report|article)\s+was\s+(?:written|filed|published)"
    # Indonesian and Malay: "ketika/saat berita ini ditulis", "hingga berita ini diturunkan"
    r"|berita\s+ini\s+(?:ditulis|diturunkan|dimuat|diterbitkan)"
    # Spanish, Portuguese, French
    r"|al\s+cierre\s+de\s+esta\s+(?:edici[óo]n|nota)|al\s+momento\s+de\s+(?:redactar|escribir)\s+esta\s+nota"
    r"|at[ée]\s+o\s+fechamento\s+d[ae]st[ae]\s+(?:edi[çc][ãa]o|mat[ée]ria|reportagem)"
    r"|au\s+moment\s+o[ùu]\s+nous\s+(?:[ée]crivons|mettons\s+sous\s+presse))\b",
    re.IGNORECASE)
_BEFORE, _AFTER = 60, 40  # characters around the time in which the words of writing stand


def time_of_writing(sentence: str, mention: Mention) -> bool:
    """Is `mention` the clock at which the report says it was written?"""
    if mention.kind != "time":
        return False
    near = sentence[max(0, mention.start - _BEFORE) : mention.end + _AFTER]
    return _WRITING.search(near) is not None
