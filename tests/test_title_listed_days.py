"""A title that lists days one by one ("Road Show hearings meet on Zoom on November 9 and 10") over an event on each
of them in the text names those events again, no span of its own; a title's span ("plenary session, 23-24 March")
stays the session as a whole (world-seventeenth 4). Items in our own words."""

from __future__ import annotations

from .conftest import listed

LISTED = """Bridge hearings meet online on {days}

Source: A state transport department

2025-11-03

Monday, November 10, 2025, from 1:30 p.m.: District 4 hearing. Zoom Link

Tuesday, November 11, 2025, from 9:00 a.m.: District 5 hearing. Zoom Link
"""


def test_days_listed_in_the_title_are_the_rows_again() -> None:
    assert listed(LISTED.format(days="November 10 and 11")) == ["2025-11-10 13:30", "2025-11-11 09:00"]


def test_a_span_in_the_title_is_the_whole_meeting() -> None:
    text = LISTED.replace("Bridge hearings meet online on {days}", "Bridge hearings conference, November 10-11, 2025")
    assert listed(text) == ["2025-11-10 13:30", "2025-11-10..2025-11-11", "2025-11-11 09:00"]
