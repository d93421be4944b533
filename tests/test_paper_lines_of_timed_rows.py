"""A meeting's paper named by the meeting's time ("Minutes for 4:00 p.m.") under a row that gives that day and time
is that meeting's paper, not a second event at the same instant (so is the line left when a page's reading drops
the link's words: "' for 4:00 p.m."); under a day with no time of its own it gives the
meeting's time, and stays."""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles

_ROWS = """Harbour Trust Board Meetings

The board meets at 4:00 p.m. in Room 12 of the Town Hall, Springfield, Illinois.

2031

April 24, 2031, at 4:00 p.m.
Agenda

May 8, 2031, at 4:00 p.m.
'Minutes for 4:00 p.m.

May 22, 2031
Minutes for 3:45 p.m.

June 5, 2031, at 4:00 p.m.
' for 4:00 p.m.

June 12, 2031, at 4:00 p.m.
Agenda
"""


def test_a_paper_named_by_its_rows_time_is_no_second_event() -> None:
    article = Article(source="t", title="Harbour Trust Board Meetings", body=_ROWS,
                      url="https://www.springfield.example/trust")
    events = extract_articles([article], reference=dt.date(2031, 1, 5)).events
    assert sorted(e.start.isoformat() for e in events if e.is_timed) == [
        "2031-04-24T16:00:00-05:00", "2031-05-08T16:00:00-05:00", "2031-05-22T15:45:00-05:00",
        "2031-06-05T16:00:00-05:00", "2031-06-12T16:00:00-05:00"]
