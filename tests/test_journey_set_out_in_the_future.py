"""A journey told in the future ("will fly to Nairobi on Monday ... She will be back in Lisbon on Friday", "will travel
to Oslo"): the journey as a whole runs from the day it sets out to the day it is back, as "flies to" and "travels to"
did. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

TRIP = """Envoy's travel

Source: A foreign ministry

Lisbon, 2 March 2031

The envoy will {go} Nairobi on Monday, 3 March, to attend the regional talks. She will be back in Lisbon on Friday.
"""


@pytest.mark.parametrize("go", ["fly to", "travel to", "flies to"])
def test_the_journey_runs_to_the_day_she_is_back(go: str) -> None:
    events = extract(TRIP.format(go=go), source="mfa", reference=dt.date(2031, 3, 1)).events
    assert (dt.date(2031, 3, 3), dt.date(2031, 3, 7)) in {(e.first_day, e.last_day) for e in events}
