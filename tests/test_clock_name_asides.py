"""A clock's name in brackets after the date ("at 9:30 a.m. on October 3 (Beijing time)", "(local time)") says which
clock, not what happens: it leaves the title. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


@pytest.mark.parametrize("aside", ["(Beijing time)", "(China Standard Time)", "(local time)", "(Local)"])
def test_clock_name_asides(aside: str) -> None:
    item = ("Launch\n\nSource: Space Agency\n\nPublished: 30 September 2022\n\n"
            f"The launch will take place at 9:30 a.m. on October 3 {aside} in Beijing.\n")
    events = extract(item, source="aside", reference=dt.date(2026, 12, 3)).events
    assert [e.summary for e in events] == ["Event: Launch takes place in Beijing"]


def test_a_named_aside_stays() -> None:
    item = ("Launch\n\nSource: Space Agency\n\nPublished: 30 September 2022\n\n"
            "The launch will take place at 9:30 a.m. on October 3 (Long March rocket) in Beijing.\n")
    events = extract(item, source="aside", reference=dt.date(2026, 12, 3)).events
    assert "(Long March rocket)" in events[0].summary
