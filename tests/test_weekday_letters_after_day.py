"""A meeting schedule may write each day's weekday as letters in brackets glued to its number ("March 9(Tu) & 10(W),
2027", "June 2(W), 2027"): the year after them is still the date's year and the two days one span (pages-dev23
catc.ca.gov: 'November 6(W), 2019' lost its year, and a tour under it went to 2018). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 12, 1)

SCHEDULE = """Regional forums of the water board

Source: Valley Water Board

Upcoming forums

March 9(Tu) & 10(W), 2027
Spring Forum - Riverbend Library, Hall A

June 2(W), 2027
Summer Forum - Oak Flats Grange Hall
Site visit: meet at the north gate 9:15 am
"""


def test_bracketed_weekday_letters_keep_year_and_span() -> None:
    events = extract(SCHEDULE, source="water", reference=REFERENCE, default_zone="America/Los_Angeles").events
    days = sorted((e.start, e.end) for e in events if e.all_day)
    assert (dt.date(2027, 3, 9), dt.date(2027, 3, 11)) in days  # the end is exclusive
    timed = [e.start for e in events if not e.all_day]
    assert timed
    assert all(isinstance(t, dt.datetime) and t.year == 2027 for t in timed)
