"""A body's meetings in the plural starting at one time ("Public meetings commence at 11:00 AM in Room 117"), told
above a list of full dates, give every date of the list that time, with no rule of recurrence needed; the
sentence is the list's time, not an event of its own. A state board's public-meetings page (lcb.pa.gov,
pages-p31) gave 19 all-day meetings and an 11 a.m. meeting on a guessed day. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

BOARD = """Public Hearings

Source: State Water Resources Board, Sacramento, CA

Hearings begin at 9:30 AM in Hearing Room 2 of the Resources Building in Sacramento, CA.

The hearing calendar for the year:
- Tuesday, March 3, 2026
- Tuesday, April 7, 2026
- Tuesday, May 5, 2026
"""

COUNCIL = """Council sessions

Source: Town of Kingsbridge, Ontario

Regular sessions will start at 7:00 p.m. in the Council Chamber, Kingsbridge Town Hall, Kingsbridge, Ontario.

Council meeting dates:
- Monday, February 9, 2026
- Monday, February 23, 2026
- Monday, March 9, 2026
"""

# (text, the local start of every day, the offset from UTC of the first day, why)
ROWS = [
    (BOARD, dt.time(9, 30), -8, "Sacramento keeps Pacific time (UTC-8 on 3 March)"),
    (COUNCIL, dt.time(19, 0), -5, "Ontario keeps Eastern time (UTC-5 in February)"),
]


@pytest.mark.parametrize(("text", "start", "offset", "why"), ROWS)
def test_the_meetings_time_goes_to_each_date_below(text: str, start: dt.time, offset: int, why: str) -> None:
    events = extract(text, source="board", reference=REFERENCE).events
    assert len(events) == 3, [(e.start, e.summary) for e in events]
    for event in events:
        assert not event.all_day
        assert isinstance(event.start, dt.datetime)
        assert event.start.time() == start, event.start
    first = min(events, key=lambda e: e.start).start
    assert isinstance(first, dt.datetime)
    assert first.utcoffset() == dt.timedelta(hours=offset), why
