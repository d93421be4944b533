"""A town's name right before "Hotel" ("the Amora Hotel Jamison Sydney", "the Savoy Hotel") names the hotel, not
where it stands (world-twentyseventh 2: a Sydney meeting at the Amora Hotel was placed in Amora, Portugal, and its key
dates read on Lisbon's clock). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

# (body, expected location (or ''), zone, why)
CASES = [
    ("The annual general meeting takes place in the Lindsay Room of the Amora Hotel Jamison, Sydney NSW 2000, on "
     "Friday, 25 May 2018 at 12:00pm.", "Sydney, Australia", "Australia/Sydney", "the town after the hotel's name"),
    ("The dinner is held at the Savoy Hotel, London, on Friday, 25 May 2018 at 7pm.", "London, United Kingdom",
     "Europe/London", "a hotel not named after a town, as before"),
    ("The board meets in Lisbon on Friday, 25 May 2018 at 10:00.", "Lisbon, Portugal", "Europe/Lisbon",
     "a town without 'Hotel' after it is a place"),
]


@pytest.mark.parametrize(("body", "location", "zone", "why"), CASES)
def test_hotel_names(body: str, location: str, zone: str, why: str) -> None:
    text = f"Notice of meeting\n\nSource: Harbour Holdings Limited\n\nPublished: 3 May 2018\n\n{body}\n"
    events = [e for e in extract(text, source="hotel", reference=dt.date(2026, 1, 20)).events if not e.all_day]
    assert [(e.location, e.timezone) for e in events] == [(location, zone)], why
