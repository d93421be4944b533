"""A row that opens with a part of a town and its name, a dash, then its day ("Downtown Denver — Thursday, May 3, 7
p.m."): the town where the row's event is, not a speaker's surname (placenames.inside_name's rows of whole names,
"Louis Rodriguez — Thursday, May 3"). Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Spring tour

Source: Example Theatre Company

March 3, 2031

Tour dates:

Downtown Denver — Thursday, May 3, 7 p.m.
Uptown Dallas — Friday, May 4, 7 p.m.
"""


def test_a_quarter_and_its_town_is_the_town() -> None:
    events = extract(ITEM, source="x", reference=dt.date(2031, 3, 1), default_zone="America/New_York").events
    assert sorted((e.start.isoformat(), e.location) for e in events) == [
        ("2031-05-03T19:00:00-06:00", "Denver, United States"),
        ("2031-05-04T19:00:00-05:00", "Dallas, United States")]
