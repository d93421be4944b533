"""A title whose only day is a weekday told in the past ("Council approved the budget on Monday") names a day gone by:
the rows that give only a clock stay on the item's day, not on the next Monday. Texts in our own words (review of
s51-w145)."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _starts(title: str) -> list[str]:
    body = "Wednesday 4 March 2026\n\nThe vote came at 11:00 after a long debate in the chamber."
    events = extract(f"{title}\n\n{body}\n", source="t", reference=dt.date(2026, 3, 1)).events
    return [e.start.strftime("%Y-%m-%d %H:%M") for e in events]


def test_a_weekday_told_in_the_past_moves_no_row() -> None:
    assert _starts("Council approved the budget on Monday") == ["2026-03-04 11:00"]


def test_a_weekday_to_come_still_dates_the_rows() -> None:
    assert _starts("Budget reaches the council on Thursday") == ["2026-03-05 11:00"]
