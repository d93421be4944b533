"""A day told by its place in the span the item named, with a possessive or "its" and "night" or "evening" ("on the
festival's first night", "on its closing evening"): the span's first or last day, as "on the second day" already
is (world-fortysecond 9: the opening gala "on the festival's first night" was not read). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Film festival dates

Source: City Film Festival

Published: 2 May 2032

The festival runs from 30 July until 15 August.

{body}
"""

CASES = [
    ("The opening gala is held on the festival's first night at the Town Hall.", "2032-07-30", "first night"),
    ("The awards are handed out on its closing evening.", "2032-08-15", "closing evening"),
    ("The jury meets on the second day of the festival.", "2032-07-31", "the second day, as before"),
]


@pytest.mark.parametrize(("body", "day", "why"), CASES)
def test_day_of_the_span(body: str, day: str, why: str) -> None:
    events = extract(ITEM.format(body=body), source="fest", reference=dt.date(2032, 5, 2), default_zone="UTC").events
    days = {(e.start.strftime("%Y-%m-%d"), (e.end - e.start).days) for e in events if e.all_day}
    assert (day, 1) in days, (why, [(e.start, e.end, e.summary) for e in events])
