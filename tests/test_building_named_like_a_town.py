"""A building whose name opens with a town's ("Centennial United Methodist Church", Centennial being a town of
Colorado) is no sign of that town, even where the line's other words are all capitalised (an address: "...,
5401 Freeport Blvd."): world-fortythird 9 put a Sacramento flu clinic on Denver's clock. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.places import find_places

ITEM = """Free flu shots this month

Source: County Public Health

Published: 20 September 2023

Sacramento, CA – The county's public health division runs free flu clinics:

Tue., Oct 10: 10 a.m.-2 p.m., Centennial United Methodist Church, 5401 Freeport Blvd.

Thu., Oct 12: 10 a.m.-1 p.m., Rusch Park, 7801 Auburn Blvd.
"""


def test_the_clinics_keep_sacramentos_clock() -> None:
    events = extract(ITEM, source="x", reference=dt.date(2023, 9, 1), default_zone="UTC").events
    assert [str(e.start.tzinfo) for e in events] == ["America/Los_Angeles", "America/Los_Angeles"]


def test_the_buildings_name_is_no_town() -> None:
    assert find_places("Centennial United Methodist Church, 5401 Freeport Blvd") == []
