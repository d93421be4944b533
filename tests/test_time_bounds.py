""""will begin no earlier than 10:30 a.m.": a bound on when, like a deadline, not an event at that time; the
meetings listed above keep their own titles. A board's page of our own."""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles

BOARD = ("Regular meeting schedule\n\n"
         "Oct. 8, 2031, 10:30 a.m., Hall of the Senate, Room 12\n"
         "Dec. 10, 2031, 10:30 a.m., Hall of the Senate, Room 12\n\n"
         "Note\n\n"
         "The meeting is usually called to order at 8 a.m. for a closed session.\n\n"
         "All meetings take place in the Hall of the Senate, Room 12, unless noted otherwise.\n\n"
         "As closed sessions differ in length, the open session of the Board is expected to begin no earlier than "
         "10:30 a.m.")


def test_a_bound_on_when_makes_no_event() -> None:
    article = Article(source="t", title="Board", body=BOARD, published=None)
    events = extract_articles([article], reference=dt.date(2031, 8, 1), default_zone="America/New_York").events
    assert sorted(str(e.start) for e in events) == ["2031-10-08 10:30:00-04:00", "2031-12-10 10:30:00-05:00"]
    assert not any("no earlier" in e.summary for e in events), [e.summary for e in events]
