"""Mentions that name one moment together: "On Tuesday at 3 p.m.", "noon (ET) on Tuesday", "10:00, Monday". Pure.

What is said of one of them (a deadline, history, a day gone by) is said of the others.
"""

from __future__ import annotations

import re

from parsers.dates import Mention

# Words that join two mentions of one moment: "noon (ET) on Tuesday", "10:00, Monday"; the Scandinavian "at" before
# a clock, "tirsdag 31. oktober kl 12.00", "måndagen den 14 mars kl. 16.00", "klokka 10"; Spanish "of" between a
# clock and its weekday, "a las 7 de este lunes", and the Romance "of the" between a clock and its day: "antes de las
# 18:00 horas del jueves", "às 18h do dia 25 de outubro", "alle 15 del 10 ottobre", "à 18h du 25 mars".
# Characters before a mention where the words that tell what kind of date it is stand ("by", "instead of", "signed
# on"): notevents.py, replaced.py and donedays.py read this far back.
BEFORE_REACH = 40
_JOIN = re.compile(r"^\s*(?:,|on|at|of|de|kl\.?|klokka|klokken|klockan"
                   r"|del(?:\s+d[ií]a|\s+giorno)?|do(?:\s+dia)?|da|du|di)?\s*,?\s*$", re.IGNORECASE)


def reach_back(sentence: str, mention: Mention, mentions: list[Mention]) -> int:
    """Where the words about `mention` begin: before a mention of the same moment joined to it."""
    start = mention.start
    for other in reversed(mentions):
        if other.end <= start and _JOIN.match(sentence[other.end : start]):
            start = other.start
    return start


def joined_end(sentence: str, mention: Mention, mentions: list[Mention]) -> int:
    """Where the mentions of the moment of `mention` end ("On Tuesday at 3 p.m."; "at 3 p.m. on Tuesday")."""
    return max((m.end for m in mentions if m.start >= mention.start and _JOIN.match(
        sentence[mention.end : m.start])), default=mention.end)


def same_moment(sentence: str, mention: Mention, mentions: list[Mention]) -> list[Mention]:
    """The mentions joined to `mention` as one moment ("On Tuesday at 3 p.m.", "at noon on Friday"), itself too."""
    start = reach_back(sentence, mention, mentions)
    end = joined_end(sentence, mention, mentions)
    return [m for m in mentions if start <= m.start and m.end <= end]
