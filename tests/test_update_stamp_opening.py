"""A news site's "Update: 6:36PM" opening a story's first paragraph, the story's own sentence right after the clock,
says when the page last changed, not when anything happens; a time in the story's sentences still counts. (Seen in a
newspaper's story of a minister's tour.) Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _starts(first: str) -> list[str]:
    text = ("Minister to tour the west\n\nSource: Example Ministry\n\n14 March 2031\n\n"
            f"{first} The minister will meet fishers in the western towns this week.\n\n"
            "On Monday, 17 March 2031, at 9am, he opens the new market in Lautoka.\n")
    events = extract(text, source="t", reference=REFERENCE, default_zone="Pacific/Fiji").events
    return sorted(e.start.isoformat()[:16] for e in events if isinstance(e.start, dt.datetime))


def test_an_update_clock_opening_the_story_is_no_event() -> None:
    starts = _starts("Update: 5:12PM")
    assert not any(start.endswith("17:12") for start in starts)
    assert "2031-03-17T09:00" in starts


def test_an_update_in_capitals_with_a_24_hour_clock_the_same() -> None:
    assert not any(start.endswith("17:12") for start in _starts("UPDATE: 17:12"))
