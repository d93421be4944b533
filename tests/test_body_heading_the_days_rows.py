"""A body's meeting named under a day's line ("Monday 8 June" / "Environment Council, Luxembourg") and over that
day's timed rows ("08:30 Arrivals and doorsteps", "Beginning of the meeting: 10:00"): each row is that meeting's, and
says so; a row without a time ends the run. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

WEEK = """Week ahead

Source: A council of ministers

Brussels, 5 March 2031

Monday 10 March
Environment Council, Luxembourg
{rows}
"""


@pytest.mark.parametrize("rows", [
    "08:30 Arrivals and doorsteps\n10:00 Beginning of the meeting\n+/- 16:00 Press conference",
    "Arrivals and doorsteps: from 08:30\nBeginning of the meeting: 10:00\nPress conference: +/- 16:00",
])
def test_each_timed_row_names_the_meeting(rows: str) -> None:
    events = extract(WEEK.format(rows=rows), source="council", reference=dt.date(2031, 3, 1)).events
    timed = sorted((e for e in events if not e.all_day), key=lambda e: e.start)
    assert [e.start.hour for e in timed] == [8, 10, 16]
    assert all("Environment Council" in e.sentence for e in timed)


def test_a_row_without_a_time_ends_the_run() -> None:
    rows = "Arrivals and doorsteps: from 08:30\nPublic session: see the agenda\nBriefing for the press: 14:00"
    events = extract(WEEK.format(rows=rows), source="council", reference=dt.date(2031, 3, 1)).events
    said = {e.start.hour: e.sentence for e in events if not e.all_day}
    assert "Environment Council" in said[8]
    assert "Environment Council" not in said[14]
