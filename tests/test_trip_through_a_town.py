"""A visit to a country of one clock ("will pay an official visit to Japan on June 12-13") whose programme then
names a town of it ("In Tokyo he will co-chair ..."): the town is a stop of the trip, not its end, and the
traveller's later events that name no place ("On June 13, he will address ...") are still on the trip's clock.
Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

# (each paragraph on one line, as a release gives it)
VISIT = "\n\n".join([
    "Defence Minister to visit Japan on June 12-13",
    "Source: Ministry of Defence (India)",
    "New Delhi, 9 June 2026",
    "The Defence Minister will pay an official visit to Japan on June 12-13, 2026. In {town} he will co-chair the"
    " annual dialogue with his counterpart on June 12 at 1500 hrs (local time). On June 13, he will meet students at"
    " 1800 hrs.",
    "Before leaving, the Minister will hold a press conference in New Delhi on June 11 at 1130 hrs IST.",
]) + "\n"


def _clocks(town: str) -> dict[int, str]:
    events = extract(VISIT.format(town=town), source="mod", reference=dt.date(2026, 6, 1)).events
    return {e.start.day: str(e.start.tzinfo) for e in events if not e.all_day}


def test_the_later_event_keeps_the_clock_of_the_trip() -> None:
    assert _clocks("Tokyo") == {11: "Asia/Kolkata", 12: "Asia/Tokyo", 13: "Asia/Tokyo"}
    assert _clocks("Osaka") == {11: "Asia/Kolkata", 12: "Asia/Tokyo", 13: "Asia/Tokyo"}
