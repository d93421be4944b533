"""An online event's "Platform: Webex" line is its where, as "Venue:" is, not what happens: a bank's webinar card was
titled "Platform: Webex". (Met in our own texts in the style of a central bank's webinar notice.) Texts of our own."""

from __future__ import annotations

import pytest

from tests.test_notevents import events_of


def test_the_platform_is_where() -> None:
    body = ("Mumbai, October 3, 2030\n\nDate: October 9, 2030\nTime: 4:00 PM - 5:30 PM\nIST\nPlatform: Webex")
    events = events_of(body, title="Webinar on payment systems", zone="Asia/Kolkata")
    assert [(e.summary, e.location) for e in events] == [("Webinar on payment systems", "Webex")]


@pytest.mark.parametrize("fields", ["Platform: Zoom\nVenue: Room 3, Palais des Nations, Geneva",
                                    "Venue: Room 3, Palais des Nations, Geneva\nPlatform: Zoom"])
def test_a_venue_line_wins_over_the_platform(fields: str) -> None:
    # (found by review) a hybrid card: the room is where it happens, and its town tells the clock
    body = f"Published 3 February 2031\n\nWhen: 12 February 2031, 10:00\n{fields}"
    events = events_of(body, zone="America/New_York")
    assert [(e.location, e.timezone) for e in events] == [("Room 3, Palais des Nations, Geneva", "Europe/Zurich")]
