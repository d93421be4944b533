"""Capitals of small states and territories written as releases write them ("Port Vila", "Nuku'alofa", "St Helier",
"Torshavn") are places, on their own clocks: a time told there is not on the publisher's clock.
Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Minister's Pacific and Caribbean travel

Source: A foreign ministry

Canberra, 2 March 2031

In {town}, the Minister will meet the Prime Minister on Thursday 6 March at 10am.
"""


@pytest.mark.parametrize(("town", "zone"), [
    ("Port Vila", "Pacific/Efate"),
    ("Nuku'alofa", "Pacific/Tongatapu"),
    ("St Helier", "Europe/Jersey"),
    ("Torshavn", "Atlantic/Faroe"),
])
def test_the_time_is_on_the_capital_s_clock(town: str, zone: str) -> None:
    events = extract(ITEM.format(town=town), source="ministry", reference=dt.date(2031, 3, 1)).events
    assert [(e.first_day, e.start.hour, e.timezone) for e in events if e.start is not None and not e.all_day] \
        == [(dt.date(2031, 3, 6), 10, zone)]
