"""A short row whose value is a clock said in a word ("Oakland: Noon", "Closing prayer – Midday") is a row with its
time, not a heading over the lines below, so its time is read (world-thirtyninth 10: the first of three flyover
times, "New York City: Noon", was lost). A short line with no time stays a heading. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Display team over the bay on Saturday, June 14

Source: Air Display Office

Published: 12 June 2031

On Saturday, June 14, the display team flies over three towns of the bay.

Times over each town:
Oakland: Noon
Alameda: 12:20 p.m.
Richmond: 12:45 p.m.
"""


def _starts(text: str) -> list[str]:
    events = extract(text, source="word", reference=dt.date(2031, 6, 12), default_zone="UTC").events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)


def test_noon_row_is_read() -> None:
    assert _starts(ITEM) == ["2031-06-14 12:00", "2031-06-14 12:20", "2031-06-14 12:45"]


def test_midday_after_a_dash() -> None:
    text = ITEM.replace("Oakland: Noon", "Oakland – Midday")
    assert _starts(text) == ["2031-06-14 12:00", "2031-06-14 12:20", "2031-06-14 12:45"]
