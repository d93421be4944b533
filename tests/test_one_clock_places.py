"""An item that names no place twice but several places, nearly all of one clock (the states of the Eastern Caribbean
currency union and its town Kingstown), has that clock for its unlabelled times (world-nineteenth 3). A country whose
capital shares its name with a larger town elsewhere ("St. John's", "San José", "Plymouth") keeps its own cities'
clock in the gazetteer, not the namesake's (Antigua and Barbuda was on Newfoundland's clock, Costa Rica on
California's, Montserrat on London's). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.placeindex import lookup

from .conftest import REFERENCE

ITEM = """Finance ministers' chair speaks tonight

Source: A regional central bank

2015/04/14

The chair of the council addresses the people of {places} on radio at 8 p.m. tonight.
"""


@pytest.mark.parametrize(("places", "offset", "why"), [
    ("Grenada, Saint Lucia, Dominica and Antigua and Barbuda", -4, "four states of one clock"),
    ("Grenada, Saint Lucia, Dominica, Montserrat, Anguilla and Japan", -4,
     "one place of another clock among six does not undo it"),
    ("Grenada and Saint Lucia", 2, "two places are not enough: the default clock (Brussels, summer)"),
    ("Grenada, Saint Lucia, Japan and Kenya", 2, "places of several clocks say nothing"),
])
def test_several_places_of_one_clock_set_it(places: str, offset: int, why: str) -> None:
    events = extract(ITEM.format(places=places), source="rows", reference=REFERENCE).events
    timed = [e for e in events if not e.all_day]
    assert [(e.start.date(), e.start.hour) for e in timed] == [(dt.date(2015, 4, 14), 20)], why
    assert timed[0].start.utcoffset() == dt.timedelta(hours=offset), why


@pytest.mark.parametrize(("country", "zone"), [
    ("Antigua and Barbuda", "America/Antigua"),
    ("Costa Rica", "America/Costa_Rica"),
    ("Montserrat", "America/Montserrat"),
    ("Cayman Islands", "America/Cayman"),
])
def test_a_country_keeps_its_own_clock_not_its_capitals_namesakes(country: str, zone: str) -> None:
    place = lookup(country)
    assert place is not None
    assert place.zone == zone
