"""Steps of an election's timetable, which are no events: "nomination papers filed December 20 to 22", "the final
list of candidates comes out on January 9", "scrutiny of the papers December 24 to 30", "candidates may withdraw on
January 8", "election symbols allotted on January 13", "Candidates can collect and file them from 8:30 AM to 4:30
PM". Each is a day something is handed in, checked or listed; nobody gathers. Polling and voting days stay events,
and so does a hearing, a meeting or a debate about a nomination. Pure."""

from __future__ import annotations

import re

from parsers.gate import Gated

_REACH = 120  # characters before a mention where its clause's step is named
# What a step of the timetable is about: nominations and candidatures, the lists of candidates and voters, the
# scrutiny of the papers (not a committee's scrutiny of a bill), complaints and withdrawals, the symbols given to
# candidates; then the rest of the clause up to the date.
_STEP_BEFORE = Gated(re.compile(
    # ("certificates of candidacy", "Candidacies are received from 8:00 a.m.", "the filing runs from 1 to 8 October")
    r"\b(?:nominations?(?:\s+(?:papers?|forms?))?|candidatures?|candidac(?:y|ies)|filing"
    r"|(?:(?:preliminary|provisional|final|revised)\s+)?"
    r"lists?\s+of\s+(?:registered\s+|contesting\s+|valid\s+)?candidates|candidates['’]?\s+lists?"
    r"|voters['’]?\s+(?:lists?|rolls?)|voter\s+(?:lists?|rolls?)|electoral\s+(?:rolls?|registers?|lists?)"
    r"|scrutiny\s+of\s+(?:the\s+)?(?:nomination\s+)?(?:papers|nominations?|candidatures?|forms)"
    r"|withdrawals?\s+of\s+(?:candidatures?|nominations?|candidates?)|candidates?\s+may\s+withdraw"
    r"|(?:election\s+)?symbols\s+(?:are\s+|will\s+be\s+)?allott?ed|complaints?\s+against\s+(?:the\s+)?candidat\w*"
    r"|candidates\s+(?:can|may|must|should|will)\s+(?:\w+\s+){0,3}?(?:file|submit|lodge))"
    r"[^.;]{0,80}$", re.IGNORECASE),
    "nominat", "candida", "voter", "electoral", "scrutiny", "symbols", "filing")
# A clause that names a gathering or the vote itself is about that, not about a step: "a hearing on the nomination
# on 5 May", "voting takes place ... on January 26".
_HAPPENING = re.compile(r"\b(?:hearings?|meetings?|debates?|sessions?|ceremon(?:y|ies)|briefings?|conferences?"
                        r"|forums?|rall(?:y|ies)|launch|workshops?|trainings?|polling|poll|voting|vote|ballot)\b",
                        re.IGNORECASE)


def timetable_step(sentence: str, start: int) -> bool:
    """Is the mention starting at `start` the day (or hour) of a step of an election's timetable?"""
    before = sentence[max(0, start - _REACH) : start]
    if _STEP_BEFORE.search(before) is None:
        return False
    clause = before[max(before.rfind(";"), before.rfind(". ")) + 1 :]
    return _HAPPENING.search(clause) is None
