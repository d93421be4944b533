""""The President should land at the airport by 4:15 pm today", "is expected to arrive in the city by noon": when a
traveller is due, an itinerary's forecast, an event at that hour (world-fortyfirst 5: the landing was read as a
deadline). "Guests should arrive by 6 pm", "Media are expected to arrive at the hall by 9 am" stay duties, no event
at that hour. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """President due in the northern city today

Source: President's Office, Ruritania

Published: 6 May 2034

Northgate: {body}
"""


def _timed(body: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="office", reference=dt.date(2034, 5, 6),
                     default_zone="UTC").events
    return [f"{e.start:%Y-%m-%d %H:%M}" for e in events if not e.all_day]


@pytest.mark.parametrize(("body", "expected"), [
    ("The President should land at Northgate Airport by 4:15 pm today and opens the new bridge.",
     ["2034-05-06 16:15"]),
    ("The President is expected to arrive in the city by 12:30 pm today for the opening of the bridge.",
     ["2034-05-06 12:30"]),
    # ("due in" is an arrival, not a duty: review)
    ("The President is due in the city by 12:30 pm today for the opening of the bridge.", ["2034-05-06 12:30"]),
])
def test_a_traveller_due_by_a_time_is_an_event(body: str, expected: list[str]) -> None:
    assert _timed(body) == expected


@pytest.mark.parametrize("body", [
    "The bridge opens today. Guests should arrive at the bridge by 6 pm today.",
    "The bridge opens today. Media are expected to arrive at the bridge by 9 am today.",
])
def test_those_asked_to_be_there_by_a_time_have_a_duty(body: str) -> None:
    assert not any(t.endswith(("18:00", "09:00")) for t in _timed(body))


@pytest.mark.parametrize("body", [
    "The bridge opens today. Written comments on the tolls are due by 5 pm on 20 May 2034 at the town office.",
    "The bridge opens today. Tenders are due by 5 pm on Friday 19 May 2034.",
])
def test_papers_due_by_a_time_are_a_deadline(body: str) -> None:
    """"Comments are due by 5 p.m. on March 5": "are ... by" read as a traveller's forecast made the deadline an event
    at 17:00 on the item's own day; found by probes of the extra events."""
    assert not any(t.endswith("17:00") for t in _timed(body))
