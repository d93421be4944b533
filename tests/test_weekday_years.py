"""A year-less date with its weekday takes the year, within a year of the day in context, in which the weekday
fits, even where a list read in order has carried that day far past it. Twins of our own of a board's page: its
regular meetings run from August to June, its committees are listed after them with weekdays and no year.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles
from parsers.dates import DayPart, resolve_day

BOARD = ("Regular meeting schedule\n\n"
         "Aug. 13, 2031, 10:30 a.m., Hall of the Senate, Room 12\n"
         "Dec. 10, 2031, 10:30 a.m., Hall of the Senate, Room 12\n"
         "June 9, 2032, 10:30 a.m., Hall of the Senate, Room 12\n\n"
         "Next scheduled meetings of the committees\n\n"
         "- Budget Committee: Friday, October 3, time to be fixed, public session\n"
         "- Grounds Committee: Thursday, December 4, time to be fixed, closed session\n")


def test_a_weekday_beside_a_year_less_date_picks_its_year_within_a_year() -> None:
    friday = DayPart(year=None, month=10, day=3, weekday=4)
    assert resolve_day(friday, dt.date(2032, 6, 9))[0] == dt.date(2031, 10, 3), "275 days back, the Friday"
    assert resolve_day(DayPart(year=None, month=10, day=3), dt.date(2032, 6, 9))[0] == dt.date(2032, 10, 3), \
        "without a weekday, the nearest"
    sunday = DayPart(year=None, month=10, day=3, weekday=6)
    assert resolve_day(sunday, dt.date(2032, 6, 9))[0] == dt.date(2032, 10, 3), "the Sunday is ahead"


def test_committees_listed_after_a_years_meetings_keep_the_year_their_weekdays_fit() -> None:
    article = Article(source="t", title="Meetings of the Board", body=BOARD, published=None)
    events = extract_articles([article], reference=dt.date(2031, 8, 1), default_zone="America/New_York").events
    days = sorted(str(e.start)[:10] for e in events)
    assert "2031-10-03" in days, days
    assert "2031-12-04" in days, days
    assert not any(d.startswith(("2032-10", "2032-12")) for d in days), days
