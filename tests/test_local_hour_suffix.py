"""Aviation's local hour, "0900L" (four figures and an L), is a clock time: "between 0900L and 1800L" (world-fortythird
8: an airport's runway closure was read as a day, or not at all). A card's "When:" giving only the hours leads into
the days listed on the lines below it, each an event at those hours. "a 1000L water tank" stays no time. Items in our
own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Taxiway works at the airfield

Source: Valley Regional Airport

Published: 4 March 2024

Valley Regional Airport, Fresno, California

{body}

Pilots should plan around the works.
"""


def _spans(body: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="x", reference=dt.date(2024, 3, 1), default_zone="UTC").events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}-{e.end:%H:%M}" for e in events if e.end is not None)


def test_local_hours_in_a_line() -> None:
    assert _spans("Taxiway Bravo is shut on Tuesday, March 12, 2024, between 0800L and 1700L.") \
        == ["2024-03-12 08:00-17:00"]


def test_the_hours_over_their_days() -> None:
    body = "When: Between 0800L and 1700L\nTuesday, March 12, 2024\nWednesday, March 13, 2024"
    assert _spans(body) == ["2024-03-12 08:00-17:00", "2024-03-13 08:00-17:00"]


def test_a_tank_is_no_clock() -> None:
    body = "A 1000L water tank arrives on Tuesday, March 12, 2024 for the fire crew."
    assert not any(s.endswith("10:00") or " 10:00" in s for s in _spans(body))
