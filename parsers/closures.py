"""Closures of places and services, not events: "will close the two test sites on 28 February", "die Teststellen
am 28. Februar schliessen", "fermera ses guichets le 28 février". Pure.

The day a facility shuts is a change of what is open, like the day a rule starts (parsers/statestart.py,
state_start); nobody gathers for it. The test is a form of words in the mention's clause: a verb of closing and a
noun of a place or service, with no gathering named ("will close the conference on 3 May" is a closing session).
"""

from __future__ import annotations

import re

from parsers.dates import Mention
from parsers.gate import Gated

# A verb of closing, in English, German, French and Spanish; "closes on"/"closes at" alone (a registration,
# a call) is a deadline, read in parsers/deadlines.py.
_CLOSING = Gated(re.compile(
    r"(?i:\b(?:clos(?:e|es|ed|ing|ure)|shut(?:s|ting)?(?:\s+down)?|schlie(?:ß|ss)(?:en|t)|geschlossen|schlie(?:ß|ss)ung"
    r"|einstell(?:en|t)|eingestellt|ferm(?:er|era|eront|e|ent|é|és|ée|ées|eture)|cerrar(?:á|án)?|cierr(?:e|a|an)"
    r"|cerrad[oa]s?)\b)"), "clos", "shut", "schlie", "geschlossen", "einstell", "eingestellt", "ferm", "cerr", "cier")
# A place or service that opens and shuts: "sites", "Impforte", "Teststellen", "guichets", "oficinas".
_FACILITY = re.compile(
    r"(?i:\b(?:sites?|centres?|centers?|offices?|stations?|branch(?:es)?|facilit(?:y|ies)|clinics?|hubs?|stores?"
    r"|shops?|desks?|counters?|libraries|library|pools?|roads?|bridges?|borders?|crossings?|lanes?"
    r"|walk-in|drive-through|points?\s+of\s+\w+|embass(?:y|ies)|consulates?|museums?|galler(?:y|ies)|archives?"
    r"|parks?|zoos?)\b"
    r"|\b\w*(?:orte?|stellen?|zentren|zentrum|b[üu]ros?|filialen?|schalter|grenzen?|stra(?:ß|ss)en?"
    r"|br[üu]cken?|b[äa]der|[äa]mter|praxen|angebote?)\b"
    r"|\b(?:guichets?|bureaux|fronti[èe]res?|antennes?|centros?|sedes?|oficinas?|fronteras?)\b)")
# A school is left out: a summer school, a "Winterschule", is a course that runs from a day to a day.
# An opening in the sentence makes the closing the end of what opened: "opens on 10 May and closes on 25 June".
_OPENING = re.compile(r"(?i:\b(?:open(?:s|ed|ing)?|er[öo]ffne\w*|[öo]ffne\w*|ouvr\w*|abr(?:e|en|ir[áa]n?)"
                      r"|inaugur\w*)\b)")
# A gathering in the clause makes "close" its closing session: "the minister will close the forum on 3 May".
_GATHERING = re.compile(
    r"(?i:\b(?:met|meets?)\b|\b(?:conference|congress|summit|forum|meeting|session|sitting|debate|festival|fair|exhibition|assembly"
    r"|ceremony|marathon|race|parade|procession|concert|match|konferenz|kongress|gipfel|tagung|sitzung|messe|ausstellung|versammlung|festakt|lauf|rennen|umzug|konzert|conf[ée]rence"
    r"|congr[èe]s|sommet|s[ée]ance|salon|exposition|assembl[ée]e|conferencia|congreso|cumbre|sesi[óo]n|feria|d[ée]fil[ée]|course|desfile|carrera)\w*)")
# A clause ends at a comma too: "met on 16 October, since the border was closed" is a meeting.
# A closing for an occasion is that occasion's: "The office will be closed on 6 April for the visit of the President".
_FOR_AN_OCCASION = re.compile(r"(?i:\b(?:for\s+(?:the|a|an|its|their)|because\s+of|due\s+to|owing\s+to|wegen"
                              r"|anl[äa]sslich|pour\s+(?:la|le|les|l[’'])|en\s+raison\s+d|con\s+motivo\s+de|debido\s+a)\b)")
# ... but a holiday is no occasion anyone gathers for: "our offices stay shut for the federal holiday on Monday"
_HOLIDAY = re.compile(r"(?i:\b(?:(?:public|bank|federal|national|official)\s+holiday|holidays?|Eid(?:-|\s+)?\w*"
                      r"|Christmas|Easter|New\s+Year|Thanksgiving|Labou?r\s+Day|Feiertag\w*|jour\s+férié|feriado)\b)")

_CLAUSE_END = re.compile(r"[.;!?,](?:\s|$)|\n")


# Trading hours: "US equity markets will close early, at 1:00 p.m. ET, on Friday, November 29, and will be closed on
# Thursday, November 28", "trading ends early at 1 p.m.": a market's hours and holidays, not events.
_MARKET_HOURS = re.compile(
    r"(?i:\b(?:markets?|exchanges?|trading)\b[^.;]{0,60}?\b(?:clos(?:e|es|ing)\s+early|ends?\s+early"
    r"|(?:will\s+be|are|is|remains?|remain)\s+closed|early\s+close|shortened\s+(?:trading\s+)?(?:session|day)"
    r"|half[- ]day\s+(?:of\s+)?trading))")


# A holiday an office keeps: "City Hall observes the Columbus Day Holiday on October 13", "the county observes the
# Memorial Day holiday on May 26", "in observance of Veterans Day": its doors are shut that day, nobody gathers.
_OBSERVES = Gated(re.compile(r"(?i:\bobserv(?:e|es|ed|ing|ance\s+of)\b)"), "observ")
_KEEPER = re.compile(r"(?i:\b(?:(?:city|town|village)\s+hall|county|city|town|government|courts?|council)\b)")
_NAMED_HOLIDAY = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:Day|Holiday)\b")


def keeps_a_holiday(sentence: str, mention: Mention) -> bool:
    """Is `mention` the day an office, a court or a town hall keeps a holiday, by the words of its clause?"""
    if not _OBSERVES.could_match(sentence) or not _OBSERVES.pattern.search(sentence):
        return False
    clause = _clause(sentence, mention)
    return _OBSERVES.pattern.search(clause) is not None \
        and (_HOLIDAY.search(clause) is not None or _NAMED_HOLIDAY.search(clause) is not None) \
        and (_FACILITY.search(clause) is not None or _KEEPER.search(clause) is not None) \
        and _GATHERING.search(clause) is None


def closes_a_place(sentence: str, mention: Mention) -> bool:
    """Is `mention` the day or time a place or service closes, by the words of its clause? (A reopening stays an
    event: "The mayor will reopen the county library at 10 a.m. Saturday".) A holiday an office keeps is one."""
    if keeps_a_holiday(sentence, mention):
        return True
    if not _CLOSING.search(sentence) and "early" not in sentence:
        return False  # most sentences: a cheap test first
    if _MARKET_HOURS.search(sentence) is not None:
        return True  # a market's early close or closed day: its hours, anywhere in the sentence
    if not _CLOSING.search(sentence):
        return False
    clause = _clause(sentence, mention)
    if _OPENING.search(sentence) is not None:
        return False
    occasion = _FOR_AN_OCCASION.search(clause)
    return (_CLOSING.search(clause) is not None and _FACILITY.search(clause) is not None
            and _GATHERING.search(clause) is None and (occasion is None or _HOLIDAY.search(clause) is not None))


def _clause(sentence: str, mention: Mention) -> str:
    start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, mention.start)), default=0)
    after = _CLAUSE_END.search(sentence, mention.end)
    return sentence[start : after.start() if after else len(sentence)]
