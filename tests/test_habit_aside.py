"""An aside that tells an event's habit ("Media Day, held every year, takes place on Monday, Oct. 27") is no rule of
recurrence: the day named is the event's, and a time in the next sentence is that day's (world-seventeenth 12).
Items in our own words."""

from __future__ import annotations

from .conftest import listed

ITEM = """Rowing league's season launch

Source: A rowing league

10/20/2025

The league's Season Launch, {aside}, takes place on Monday, Oct. 27 at the Riverside Hotel. It opens the 2025-26
season with a breakfast and interviews for the media beginning at 9:00am.
"""


def test_a_habit_in_an_aside_leaves_the_day_an_event() -> None:
    assert listed(ITEM.format(aside="held every year")) == ["2025-10-27 09:00"]
    assert listed(ITEM.format(aside="organised each year by the clubs")) == ["2025-10-27 09:00"]


def test_a_rule_outside_an_aside_still_recurs() -> None:
    text = "Club nights\n\nSource: A rowing league\n\nThe club meets every Monday at 7:00pm in the boathouse.\n"
    assert listed(text) == []
