"""A date that names a holiday the text counts toward ("Ahead of the Fourth of July holiday, the Coast Guard invites
reporters ...", "before the May 1 holiday weekend"): what the sentence tells comes before the holiday, on no day it
names, and the holiday is no event of the item. Seen in world-hundredseventeenth (a coast guard district's media
availability published an all-day event on 4 July); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return [m.text for m in find_mentions(text) if m.kind == "day"]


def test_ahead_of_a_holiday_is_no_day() -> None:
    assert _days("Ahead of the Fourth of July holiday, the harbour patrol invites the press aboard.") == []
    assert _days("In the run-up to the May 1 holiday weekend, rangers will check the campsites.") == []


def test_the_holiday_itself_still_dates() -> None:
    assert _days("Fireworks light up the bay on the Fourth of July at 9 p.m.") == ["the Fourth of July"]
    assert _days("Ahead of the summit on 14 May, the minister meets the press.") == ["14 May"]


def test_no_event_on_the_holiday() -> None:
    text = ("Press invited aboard a patrol boat\n\nSource: A harbour patrol\n\nJune 20, 2025\n\n"
            "Ahead of the Fourth of July holiday, the harbour patrol invites the press to see the bay it guards.\n\n"
            "WHEN: Monday, June 30, at 10 a.m., Pier 4.\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert sorted(f"{e.start:%Y-%m-%d}" for e in events) == ["2025-06-30"]
