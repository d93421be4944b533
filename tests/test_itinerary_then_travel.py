"""A day's itinerary under the line of its town ("Halifax, Nova Scotia") whose last row travels on ("The Premier
will travel to Edmonton"): the rows are in the town of the head line, on its clock, and so is the time the traveller
sets out. The town travelled to, named once, is where the day ends, not where it happens. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITINERARY = """Itinerary for Friday, September 18, 2026

Source: A premier's office

Halifax, Nova Scotia

9:15 a.m.  The Premier will meet with the harbour commission.
Closed to media

1:00 p.m.  The Premier will open the new ferry terminal.
Open coverage

{last}
"""


@pytest.mark.parametrize("last", [
    "5:30 p.m.  The Premier will travel to Edmonton.",
    "5:30 p.m.  The Premier flies on to Edmonton.",
    "5:30 p.m.  The Premier heads to Edmonton for the federal meeting.",
])
def test_the_rows_and_the_departure_keep_the_head_lines_clock(last: str) -> None:
    events = extract(ITINERARY.format(last=last), source="itinerary", reference=dt.date(2026, 9, 1)).events
    timed = sorted((e for e in events if not e.all_day), key=lambda e: e.start)
    assert [(e.start.hour, e.start.minute) for e in timed] == [(9, 15), (13, 0), (17, 30)]
    assert {str(e.start.tzinfo) for e in timed} == {"America/Halifax"}

