"""A day with a two-digit year and a posting minute alone on a line ("17/03/29 16:52", as a news page prints it over
its story) is the item's stamp: the year-less days of the story are of its year (world-fortysixth 12: "22/09/14
07:44" was not read, and "5 de outubro" went to the year of the run). A round minute may be an event's, and stays
unread as a stamp. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Vaccination week

Source: Provincial Health Office

{stamp}

The measles vaccination week opens on 24 March in all the province's clinics.
"""


@pytest.mark.parametrize(("stamp", "year"), [("17/03/29 16:52", 2029), ("17.03.29, 16:52", 2029),
                                             ("17/03/29 16:50", 2031)])
def test_a_bare_day_and_posting_minute_stamps_the_item(stamp: str, year: int) -> None:
    events = extract(ITEM.format(stamp=stamp), source="health", reference=dt.date(2031, 3, 1),
                     default_zone="Africa/Luanda").events
    assert [e.start.isoformat() for e in events] == [f"{year}-03-24"]
