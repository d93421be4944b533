"""Days of meetings a text records as held, not to come: "minutes of the May 5 meeting", "Approval of the Minutes",
"Readout of the 3 May call", "welcome to our press briefing this morning, March 26", "Zapis stenograficzny z 12.
posiedzenia ... w dniu 4 marca". Pure.
"""

from __future__ import annotations

import re

from parsers.gate import Gated

_WELCOME_REACH = 80  # characters before a day where a host's welcome stands

# "Approval of June 14th, 2019 ... meeting minutes", "minutes of the May 5 meeting": an agenda's
# item about a meeting already held.
# (And in the other languages: "procès-verbal de la réunion du", "verbale della seduta del", "notulen van de
# vergadering van".)
_MINUTES_BEFORE = Gated(re.compile(r"\b(?:approv(?:e|al|ing)\s+(?:of\s+)?(?:the\s+)?|minutes\s+(?:of|from)\s+"
                                   r"(?:the\s+)?|procès-verba(?:l|ux)\s+(?:de\s+la|des)\s+(?:réunion|séance)s?"
                                   r"(?:\s+(?:du|des))?\s*|verbal[ei]\s+(?:della|delle)\s+sedut[ae]\s+(?:del|dei)\s*"
                                   r"|notulen\s+van\s+de\s+vergadering(?:en)?\s+van\s*)$", re.IGNORECASE),
                        "approv", "minutes", "procès-verba", "verbal", "notulen")
# "Minutes of the Regular Meetings of September 29, 2031, and October 6, 2031, and of the Special Session of the Board
# of October 4, 2031": the meetings an agenda's minutes record, each day of the list held already.
# (The meeting's own name may follow it, "of the Board of Supervisors"; not a verb: "the minutes of yesterday's
# meeting come out on 18 December" tells when minutes are published.)
# (Not across a clause of another happening: "approve the minutes of its last meeting and hold a public hearing on")
_OTHER_CLAUSE = r"\b(?:and|then)\s+(?:then\s+)?(?:hold|host|convene|meet|conduct|begin|open)s?\b"
_MINUTES_OF_MEETINGS = Gated(re.compile(
    rf"\b[Mm]inutes\s+(?:of|from)\s+(?:(?!{_OTHER_CLAUSE})[^.;:]){{0,160}}?\b(?:[Mm]eetings?|[Ss]essions?|[Ss]ittings?"
    r"|[Hh]earings?)"
    r"(?:\s+of\s+the(?:\s+(?:of\s+)?[A-Z][\w'’-]*){1,4})?\s+(?:of|on|held\s+on)\s+$"
    r"|\b[Mm]inutes\s+(?:of|from)\s+[^.;:]{0,160}?\d{4}\s*,?\s*(?:and|&)\s+$"), "inutes")
_MINUTES_REACH = 250  # characters before a day where the minutes that list it are named
# "a near-verbatim transcript of today's noon briefing", "Readout of the 3 May call": the text records an event
# already held; its day and time are the record's, nothing to come.
_RECORD_BEFORE = Gated(re.compile(r"\b(?:transcript|readout|verbatim\s+record)s?\s+of\s+(?:the\s+|an?\s+)?"
                                  r"(?:\w+day['’]s\s+)?$", re.IGNORECASE), "transcript", "readout", "verbatim")
# "Zapis stenograficzny z 12. posiedzenia Komisji Zdrowia w dniu 4 marca 2031 r.", "Acta de la sesión ordinaria N°
# 41 ..., celebrada el martes 4 de marzo", "Stenograma ședinței Senatului din 4 martie", "Compte rendu intégral de la
# séance du": the heading of a record names the sitting held, whatever words come between (not across a clause that
# tells the next one: "...; próxima sesión el 11 de marzo").
_RECORD_HEADING = Gated(re.compile(
    r"\b(?:zapis\w*\s+stenograficzn\w*|stenogram\w*|acta\s+de\s+la\s+sesi[óo]n|stenographische[sn]?\s+protokoll"
    r"|compte\s+rendu\s+int[ée]gral)\b(?:(?!pr[óo]xim|nast[ęe]pn|urm[ăa]to|prochain|n[äa]chst)(?:\d+\.|[^.;:]))*$",
    re.IGNORECASE), "stenogra", "acta", "compte rendu")
_RECORD_HEADING_REACH = 160  # characters before a day where the record's heading stands
# "welcome to our press briefing this morning, March 26", "welcome to today's news conference, Thursday 4 July": a
# host's greeting spoken at the event; the text is its transcript, the day the record's (not "welcome to attend").
_WELCOME_BEFORE = Gated(re.compile(
    r"\bwelcome\s+(?:(?:you|everyone|all)\s+)?to\s+(?:our|this|today['’]s|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:briefing|press\s+(?:conference|briefing)|news\s+conference|session|meeting|webinar|hearing)\s*"
    r"(?:(?:this|today)\s+(?:morning|afternoon|evening)|today|tonight)?\s*[,(]?\s*(?:on\s+)?$",
    re.IGNORECASE), "welcome")
# "G. Approval of the Minutes", "Genehmigung des Protokolls": the list under it names meetings held.
MINUTES_HEADING = Gated(re.compile(r"\b(?:approv\w*|adopt\w*|minutes)\s+(?:of\s+)?(?:the\s+)?"
                             r"(?:minutes|previous\s+meetings?)\b|\bGenehmigung\s+(?:des|der)\s+Protokoll|\bapprobation\s+du\s+procès-verbal",
                                        re.IGNORECASE), "minutes", "previous", "protokoll", "procès-verbal")


def recorded(sentence: str, start: int, before: str) -> bool:
    """Is the day at `start` that of a meeting held already, which minutes, a transcript or a readout record, or a
    host greets at (`before`: the few words right before it)?"""
    return bool(_MINUTES_BEFORE.search(before) or _RECORD_BEFORE.search(before)
                or _MINUTES_OF_MEETINGS.search(sentence[max(0, start - _MINUTES_REACH) : start])
                or _WELCOME_BEFORE.search(sentence[max(0, start - _WELCOME_REACH) : start])
                or _RECORD_HEADING.search(sentence[max(0, start - _RECORD_HEADING_REACH) : start]))
