"""A town after "flight from", "service from", "passengers from" is where the flight set out, not where the event is
("The first flight from Doha lands at Cape Town International at 16:35 local time": Cape Town's clock, not Doha's),
as "delegates from Lyon" already was (met probing world-twentyseventh's family of airports and airlines). A flight
that leaves a town named without "from" is still there. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

# (body, expected (UTC start, zone), why)
CASES = [
    ("The first flight from Doha lands at Cape Town International at 16:35 local time on Monday, 17 March 2025.",
     ("2025-03-17 14:35", "Africa/Johannesburg"), "landing at Cape Town: South Africa's clock"),
    ("Passengers from Nairobi arrive in Accra at 14:00 on Monday, 17 March 2025.", ("2025-03-17 14:00", "Africa/Accra"),
     "where the passengers arrive"),
    ("The first flight leaves Doha at 08:10 on Monday, 17 March 2025.", ("2025-03-17 05:10", "Asia/Qatar"),
     "a flight leaving a town: that town's clock"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_flight_origins(body: str, expected: tuple[str, str], why: str) -> None:
    text = f"New route\n\nSource: Regional airline\n\nPublished: 3 March 2025\n\n{body}\n"
    events = [e for e in extract(text, source="flights", reference=dt.date(2026, 1, 20)).events if not e.all_day]
    assert [(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"), e.timezone) for e in events] == [expected], why
