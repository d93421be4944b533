"""A schedule's heading right over its first day line ("SCHEDULE OF EVENTS" / "Friday 13 June" / "7.00pm Welcome
reception") leaves that day's first row an event: a clock after the word "schedule" is no period the schedule
covers, as a day there is ("the schedule for 18-24 August"). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Harbour festival

Source: Harbour Festival Trust

Published: 2 June 2031

{heading}
Friday 13 June
7.00pm  Welcome supper, Harbour Hall
Saturday 14 June
10.00am  Boat parade along the quay
"""


def _starts(heading: str) -> list[str]:
    events = extract(ITEM.format(heading=heading), source="rows", reference=dt.date(2031, 6, 2)).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in events)


def test_the_first_row_under_a_schedule_heading_is_an_event() -> None:
    assert _starts("SCHEDULE OF EVENTS") == ["2031-06-13 19:00", "2031-06-14 10:00"]
    assert _starts("Programme") == ["2031-06-13 19:00", "2031-06-14 10:00"]  # as under any other heading
