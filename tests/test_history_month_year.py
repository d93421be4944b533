"""A month and year told long before every other year an item names ("the bending of starlight made Einstein famous
in November 1919" in "Astronomy talks at the observatory, 2017") is history, not the time of the item's days: its
year-less rows take the year the item names (world-thirtythird 5: four talks were read in 1920). A month and year that
is the item's only clue still dates its days. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

# (item, expected starts, why)
CASES = [
    ("Astronomy talks at the hill observatory, 2017\n\nSource: Hill Observatory\n\n"
     "Our 2017 talks are held in the planetarium.\n\n"
     "- February 1st, 6:00 PM\n  \"Lenses in the sky\": gravity bending starlight made Einstein famous"
     " in November 1919.\n\n"
     "- April 26th, 7:45 PM\n  \"The archer\": a summer constellation.\n",
     ["2017-02-01 18:00", "2017-04-26 19:45"], "the title's and the body's 2017, not the history's 1919"),
    ("Open house, 2022\n\nSource: Regional Radar Office\n\n"
     "The radar station, built in June 1958 by the weather service, welcomes visitors.\n\n"
     "September 10th, 10:00 AM to 3:00 PM: tours of the radar tower.\n",
     ["2022-09-10 10:00"], "the title's 2022, not the building's June 1958"),
    ("Board notes\n\nSource: Harbour Board\n\n"
     "As agreed at the November 2007 meeting, the board will meet again on 5 December at 10:00.\n",
     ["2007-12-05 10:00"], "no other year: the month and year is the day in context"),
]


@pytest.mark.parametrize(("item", "expected", "why"), CASES)
def test_history_month_year(item: str, expected: list[str], why: str) -> None:
    events = extract(item, source="history", reference=dt.date(2026, 12, 3), default_zone="UTC").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime)] == expected, why
