"""A sentence that leads into the day's list of timed rows ("The Prime Minister will attend the following events
on Saturday.", "On Saturday the Minister's engagements are:"): its day is the rows' day, and no event of its own.
Pure.

    The Prime Minister will attend the following events on Saturday.     the day of the rows below: no event
    0900 hrs - Opening of the new wing of the hospital, Kandy            09:00 on Saturday
    1130 hrs - Meeting with farmers' organisations, Peradeniya           11:30 on Saturday
"""

from __future__ import annotations

import re

from parsers.blocks import sentences
from parsers.findings import Finding

# Words in a sentence that point at a list below it: "the following", "as follows", "listed below", "below" closing
# it, a closing colon (not "children below five", "below the dam").
POINTS_AHEAD = re.compile(r"\b(?:the\s+following|as\s+follows|(?:listed|set\s+out|shown|given|detailed)\s+below)\b"
                          r"|\bbelow\s*[.:]?\s*$|:\s*$", re.IGNORECASE)
_FEWEST = 2  # timed rows of the lead-in's day below it that make it a list's lead-in
_ROWS_REACH = 24  # findings after a lead-in among which its rows stand (a long text is not read through for each)


# A sentence that names the week's schedule it heads ("다음 주(7월 1일~5일) 환경부의 주간 행사 일정", "the Minister's
# weekly schedule, 3-7 May", "agenda de la semana del 3 al 7 de mayo", "Wochenvorschau 3. bis 7. Mai"): its span is the
# week the rows below fill, not an event.
_WEEK_SCHEDULE = re.compile(r"주간\s*(?:행사\s*)?(?:일정|계획)"
                            r"|\bweekly\s+(?:schedule|agenda|programme|program|engagements)\b"
                            r"|\bweek['’]s\s+(?:schedule|agenda|programme|program|engagements)\b"
                            r"|\bagenda\s+(?:semanal|de\s+la\s+semana|de\s+la\s+semaine|da\s+semana|settimanale)\b"
                            r"|\bWochen(?:vorschau|termine|programm)\b", re.IGNORECASE)


def drop_lead_ins(findings: list[Finding]) -> None:
    """Drop the all-day events of sentences that lead into at least two timed rows of their day, or of a week's
    schedule over its timed rows, in place."""
    if len(findings) <= _FEWEST:
        return
    findings[:] = [said for at, said in enumerate(findings)
                   if not _leads_in(said, findings[at + 1 : at + 1 + _ROWS_REACH])
                   and not _heads_the_week(said, findings[at + 1 : at + 1 + _ROWS_REACH])]


def _heads_the_week(said: Finding, later: list[Finding]) -> bool:
    """Is `said` a span that names the week's schedule, over at least two timed rows inside it?"""
    if said.time is not None or said.first == said.last or not _WEEK_SCHEDULE.search(next(sentences(said.text), "")):
        return False
    return sum(1 for f in later if f.time is not None and said.first <= f.first <= said.last) >= _FEWEST


def _leads_in(said: Finding, later: list[Finding]) -> bool:
    if said.time is not None or said.first != said.last:
        return False
    opening = next(sentences(said.text), "")
    if not POINTS_AHEAD.search(opening):
        return False
    return sum(1 for f in later if f.time is not None and f.first == said.first) >= _FEWEST
