"""An itinerary of local times that crosses clocks in one day (issue #10, "Zone": "All times local" itineraries): the
row that sets out ("0900  Depart Canberra") happens in the town left, on its clock; the rows after the arrival
("1300  Arrive Perth", "1630  Press conference, Perth ...") are in the town reached, though it is the item's own
town. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _timed(text: str) -> list[str]:
    events = extract(text, source="test", reference=dt.date(2026, 12, 6)).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M %z}" for e in events if isinstance(e.start, dt.datetime))


def test_departure_row_is_on_the_clock_of_the_town_left() -> None:
    text = ("Minister's itinerary\n\nSource: Department of Trade\n\nAll times local.\n\nThursday 9 November\n"
            "0800      Depart Brisbane\n1145      Arrive Darwin; visit to the port\n"
            "1500      Press conference, Darwin Convention Centre\n\nReleased 6 November 2023\n")
    assert _timed(text) == ["2023-11-09 08:00 +1000", "2023-11-09 11:45 +0930", "2023-11-09 15:00 +0930"]


def test_a_row_that_leaves_for_a_town_keeps_the_town_it_leaves() -> None:
    text = ("Minister's itinerary\n\nSource: Department of Trade\n\nAll times local.\n\nThursday 9 November\n"
            "0800      Leave Brisbane\n1145      Arrive Darwin\n\nReleased 6 November 2023\n")
    assert _timed(text)[0] == "2023-11-09 08:00 +1000"
