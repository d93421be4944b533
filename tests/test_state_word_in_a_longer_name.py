"""A town named with a word for a state ("Commonwealth", a barangay of Quezon City; "Republic", a town of Missouri)
is not that town inside a longer capitalised name: "Commonwealth Secretariat", "the Northern Marianas Commonwealth
Legislature", "Republic Day" name a state, its body or its day (world-eightythird 3: a legislature's source line
put its sitting on Manila's clock). Standing alone, with its city after a comma, it is still the town. Texts in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.orghome import home_of
from parsers.places import find_places


@pytest.mark.parametrize("org", [
    "Commonwealth Secretariat",
    "Commonwealth Parliamentary Association (Regional Office)",
    "House of Assembly, Eastern Isles Commonwealth Legislature",
    "Republic Day Organising Committee",
])
def test_no_town_in_a_body_s_name(org: str) -> None:
    home = home_of(org)
    assert home is None or home.country not in ("PH", "US")


def test_the_town_alone_is_still_the_town() -> None:
    assert [m.place.country for m in find_places("Venue: Commonwealth, Quezon City")][:1] == ["PH"]


def test_a_sitting_keeps_the_calendar_s_zone() -> None:
    item = """Notice of sitting

Source: House of Assembly, Eastern Isles Commonwealth Legislature

The House will sit on Tuesday, 3 March 2026 at 10:00 a.m.
"""
    events = extract(item, source="ha", reference=dt.date(2026, 2, 20), default_zone="Europe/London").events
    assert [(e.start.hour, e.timezone) for e in events] == [(10, "Europe/London")]
