"""A row that opens the body with its date, its time in the next cell and what happens in the cell after ("Jan. 10,
2024 | 10 a.m. | Town hall meeting on housing, Central Library") is an event's row, not the item's dateline: read
as the date the item was written, it gave no event at all. A stamp's minute ("| 9:47 AM |", when a page was posted)
or a byline after it ("| By ...") keeps it a stamp. Found probing the held-out sets' kind "unread" with event-page
layouts. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Housing town hall

Source: Riverside Borough Council

{row}
"""


@pytest.mark.parametrize(("row", "start"), [
    ("Jan. 10, 2024 | 10 a.m. | Town hall meeting on housing, Central Library", "2024-01-10 10:00"),
    ("14 March 2025 | 18:30 | Public lecture on river restoration, Old Town Hall", "2025-03-14 18:30"),
    ("2 May 2025 | 9 AM | Spring clean-up day at the riverside park", "2025-05-02 09:00"),
])
def test_a_row_of_date_time_and_what_is_an_event(row: str, start: str) -> None:
    events = extract(ITEM.format(row=row), source="borough", reference=dt.date(2026, 12, 4)).events
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events] == [start]  # (on the clock of the place the item names)


@pytest.mark.parametrize("row", ["March 5, 2024 | 9:47 AM | Borough newsroom staff",
                                 "March 5, 2024 | 10:00 AM | By Jane Ortiz, newsroom"])
def test_a_stamp_or_a_byline_after_the_time_stays_a_stamp(row: str) -> None:
    events = extract(ITEM.format(row=row), source="borough", reference=dt.date(2026, 12, 4)).events
    assert events == []
