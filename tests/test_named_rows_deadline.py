"""A row under a heading of dates that names a deadline ("Key dates" / "Application deadline 14 April 2031") is a
time limit, no event, as notevents.deadline reads it anywhere else; the other rows stay day events
(datelist.named_days_under_heading). Texts of our own."""

from __future__ import annotations

import datetime as dt

from .conftest import listed

ITEM = """Scholarship 2031

Source: Example University

March 3, 2031

The scholarship is open to all students of the faculty.

Key dates

Open day 3 April 2031

Application deadline 14 April 2031

Interviews 5 May 2031
"""


def test_the_deadline_row_is_no_event() -> None:
    assert listed(ITEM, dt.date(2031, 3, 1)) == ["2031-04-03", "2031-05-05"]
