"""A dateline that gives the date first, then the place with its state and country, each after a comma, then a dash
("9 March 2026, Nairobi, Kenya – ...", "2 April 2026, Portland, OR, USA – ..."): the day the report was written,
no event, and the publication date the item's other days are weighed against (days before it, told in the past, are
history). Before, only one place after the comma was read so ("1 June 2015, Rome - "), and a longer one made the
dateline an event of its own and left the item undated. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Report of the director's week

Source: Institute of Water Studies

{dateline} The Director of the Institute held talks with the regional water board on 3 April and 6 April during a
working visit.

A workshop for engineers will open on 20 April at the Institute.
"""


@pytest.mark.parametrize("dateline", [
    "9 April 2026, Nairobi, Kenya –",
    "9 April 2026, Portland, OR, USA –",
    "9 April 2026, Lusaka, Zambia -",
])
def test_the_dateline_is_no_event_and_dates_the_item(dateline: str) -> None:
    events = extract(ITEM.format(dateline=dateline), source="water", reference=REFERENCE).events
    days = sorted({e.start.date() if isinstance(e.start, dt.datetime) else e.start for e in events})
    assert days == [dt.date(2026, 4, 20)], [(e.summary, e.start) for e in events]


def test_one_place_after_the_date_still_works() -> None:
    events = extract(ITEM.format(dateline="9 April 2026, Rome –"), source="water", reference=REFERENCE).events
    assert [e.start for e in events] == [dt.date(2026, 4, 20)]
