"""A year-less date whose weekday fits no year near the day in context takes a year of the item's own dates, within
a year of that day, in which the weekday fits: a list read in order may have carried that day far past it. Twins
of our own of a board's page: its regular meetings run from August to June, its committees are listed after them
with weekdays and no year.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles

BOARD = ("Regular meeting schedule\n\n"
         "Aug. 13, 2031, 10:30 a.m., Hall of the Senate, Room 12\n"
         "Dec. 10, 2031, 10:30 a.m., Hall of the Senate, Room 12\n"
         "June 9, 2032, 10:30 a.m., Hall of the Senate, Room 12\n\n"
         "Next scheduled meetings of the committees\n\n"
         "- Budget Committee: Friday, October 3, time to be fixed, public session\n"
         "- Grounds Committee: Thursday, December 4, time to be fixed, closed session\n")


def test_committees_listed_after_a_years_meetings_keep_the_year_their_weekdays_fit() -> None:
    article = Article(source="t", title="Meetings of the Board", body=BOARD, published=None)
    events = extract_articles([article], reference=dt.date(2031, 8, 1), default_zone="America/New_York").events
    days = sorted(str(e.start)[:10] for e in events)
    assert "2031-10-03" in days, days
    assert "2031-12-04" in days, days
    assert not any(d.startswith(("2032-10", "2032-12")) for d in days), days


def test_a_weekday_that_fits_no_year_of_the_item_changes_nothing() -> None:
    # "Friday, October 3" in an item whose only dates are of 2033: 3 October 2033 is a Monday; the item names no
    # year in which it is a Friday, so the nearest year stays (with a note on the weekday).
    body = ("Meetings\n\nJune 9, 2033, 10:30 a.m., Hall of the Senate\n\n"
            "- Budget Committee: Friday, October 3, public session\n")
    article = Article(source="t", title="Meetings", body=body, published=None)
    events = extract_articles([article], reference=dt.date(2033, 5, 1), default_zone="America/New_York").events
    assert "2033-10-03" in {str(e.start)[:10] for e in events}
