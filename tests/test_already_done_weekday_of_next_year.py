"""A day told done with "already" names no year but a weekday: where the weekday fits the coming year's day and not
the stamp's year ("already been booked for the vote on Tuesday, January 5" under a stamp of 28 December 2026: Tuesday
is 5 January 2027), the day is to come, not done (parsers/pastdays.py). A weekday that fits the stamp's year keeps the
day done. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 12, 28)


def _days(body: str) -> list[str]:
    return days_of(f"Notice\n\nSource: Town council\n\n28 December 2026\n\n{body}\n", _REFERENCE)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("The chamber has already been booked for the budget vote on Tuesday, January 5.", ["2027-01-05"],
     "Tuesday is 5 January of the coming year: to come"),
    ("The jury room has already been reserved for the final hearing on Thursday, 7 January.", ["2027-01-07"],
     "Thursday is 7 January of the coming year: to come"),
    ("The benches were already set up in the square on Monday, December 21.", [],
     "Monday is 21 December of the stamp's year: done"),
])  # fmt: skip
def test_already_with_a_weekday_of_the_coming_year(body: str, expected: list[str], why: str) -> None:
    assert _days(body) == expected, why
