"""A start written with a stray space after its dot, "15. 00 – 16.00 Drinks in the hall", is the hour 15:00, not
midnight (world-fortythird 6: an airport's reception was read from "00" to 16.00). Only where an end with its
minutes follows: "page 15. 30 guests came" stays no time. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Opening of the new pier

Source: Harbour Board

The pier opens on Friday 14 May 2021.

Programme:

· 13.30: Guests meet at the harbour gate.

· {row}
"""


def _times(row: str) -> list[str]:
    events = extract(ITEM.format(row=row), source="x", reference=dt.date(2021, 5, 1), default_zone="UTC").events
    return sorted(f"{e.start:%H:%M}-{e.end:%H:%M}" for e in events if e.end is not None)


def test_a_spaced_start_is_its_hour() -> None:
    assert "15:00-16:00" in _times("15. 00 – 16.00 Drinks in the hall.")


def test_no_midnight_from_the_minutes() -> None:
    assert "00:00-16:00" not in _times("15. 00 – 16.00 Drinks in the hall.")
