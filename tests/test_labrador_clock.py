"""Labrador's towns keep Atlantic time while the island of Newfoundland keeps its own clock, half an hour ahead
(world-fortythird 1: a utilities board's hearings in Labrador City and Happy Valley-Goose Bay were read on the
island's clock). "Labrador" alone is no such town (Queensland has one). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

HEARINGS = """Hearings on the power rates

Source: Energy Board of Newfoundland and Labrador

Published: 3 March 2024

The Board will hear the public as follows:

Civic Centre {town} Tuesday, March 12, 2024 9:30 A.M.
"""


@pytest.mark.parametrize(("town", "zone"), [
    ("Labrador City", "America/Goose_Bay"),
    ("Happy Valley-Goose Bay", "America/Goose_Bay"),
    ("Corner Brook", "America/St_Johns"),
])
def test_each_town_on_its_clock(town: str, zone: str) -> None:
    events = extract(HEARINGS.format(town=town), source="x", reference=dt.date(2024, 3, 1), default_zone="UTC").events
    assert [(e.start.strftime("%H:%M"), str(e.start.tzinfo)) for e in events] == [("09:30", zone)]


def test_labrador_of_queensland_stays() -> None:
    text = """Community forum

Source: Gold Coast Council

Published: 2 March 2024

The forum is at the Labrador community hall on Tuesday, March 12, 2024 at 6pm.
"""
    events = extract(text, source="x", reference=dt.date(2024, 3, 1), default_zone="UTC").events
    assert [str(e.start.tzinfo) for e in events] == ["Australia/Brisbane"]
