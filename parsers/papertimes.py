"""A meeting's paper named by the meeting's time, under the meeting's own row: no event of its own. Pure.

    May 9, 2019, at 4:00 p.m.          the meeting
    Minutes for 4:00 p.m.              the link to its minutes, named by its time

A board's list of meetings may name each row's papers by the time of the sitting they belong to. Where the row above
gives that day and time already, the paper's line restates the instant and is that meeting's paper; it is left out.
Where it gives the only time of its day ("May 23, 2019" / "Minutes for 3:45 p.m."), it is the meeting's time and
stays.
"""

from __future__ import annotations

import datetime as dt
import re

from model import Event
from parsers.documents import PAPERS

# "Minutes for 4:00 p.m.", "'Agenda for 10 a.m.", "Video of the 6:30 pm meeting": a paper's name, "for"/"of"/"at",
# the time, and nothing of its own after it; or that line with its link's words gone ("' for 4:00 p.m.").
_PAPER_LINE = re.compile(rf"^\W*(?:{PAPERS}\s+)?(?:for|of|at)\s+(?:the\s+)?[\d:.\s]+(?:[ap]\.?\s?m\.?)?"
                         r"(?:\s+(?:meeting|session|sitting|hearing))?\W*$", re.IGNORECASE)


def papers_of_timed_rows(events: list[Event]) -> list[Event]:
    """`events` of one item without those found on a paper's line whose instant another event of the item holds."""
    held: dict[dt.datetime, int] = {}
    for event in events:
        if isinstance(event.start, dt.datetime) and not _paper_line(event):
            held[event.start] = held.get(event.start, 0) + 1
    return [e for e in events if not (isinstance(e.start, dt.datetime) and _paper_line(e) and held.get(e.start))]


def _paper_line(event: Event) -> bool:
    return _PAPER_LINE.match(event.sentence.strip()) is not None
