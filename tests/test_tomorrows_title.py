"""A title whose only day is tomorrow ("Gli appuntamenti di domani del sindaco", "The mayor's appointments for
tomorrow") dates the rows that give no day of their own by the day after the item's date (world-hundredeleventh:
Turin's next-day agenda put its rows on the day it was sent). A row's own "tomorrow" is counted once. Texts are
ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2025, 12, 1)


def _starts(title: str, body: str) -> list[str]:
    text = f"{title}\n\nSource: City of Turin\n\n6 December 2025\n\n{body}\n"
    return [f"{e.start:%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize("title", ["The mayor's appointments for tomorrow", "Gli appuntamenti di domani del sindaco",
                                   "Les rendez-vous de demain du maire"])
def test_rows_under_a_title_of_tomorrow(title: str) -> None:
    body = "10:00 Visit to the new library in Via Roma\n\n16:30 Meeting with the district presidents at the city hall"
    assert _starts(title, body) == ["12-07 10:00", "12-07 16:30"]


def test_a_row_saying_tomorrow_itself_is_counted_once() -> None:
    body = "The mayor will open the new library in Via Roma tomorrow at 10:00, with the district presidents."
    assert _starts("The mayor's appointments for tomorrow", body) == ["12-07 10:00"]


def test_a_title_without_tomorrow_leaves_the_rows_on_the_items_day() -> None:
    body = "10:00 Visit to the new library in Via Roma\n\n16:30 Meeting with the district presidents at the city hall"
    assert _starts("The mayor's appointments", body) == ["12-06 10:00", "12-06 16:30"]
