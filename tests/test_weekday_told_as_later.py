"""A weekday told to come after the day in context ("the following Thursday", "on Thursday after it", "am
darauffolgenden Donnerstag") is the next such day after it, even where the day in context was a bare weekday of the
stamp's week: not the Thursday of the stamp's week before it. Texts in our own words (review of s51-p57)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _days(body: str) -> list[str]:
    events = extract(f"Club news\n\n{body}\n", source="t", reference=dt.date(2022, 3, 20)).events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events)


@pytest.mark.parametrize(
    "second",
    [
        "The draw for the next round takes place the following Thursday at noon.",
        "On Thursday after it the stalls are cleared at 9 am.",
    ],
)
def test_a_weekday_told_as_later_follows_the_day_in_context(second: str) -> None:
    body = f"2 February 2022\n\nThe final is on Saturday at 7:30 pm in Exampleton.\n\n{second}"
    assert _days(body) == ["2022-02-05", "2022-02-10"]


def test_a_bare_weekday_still_falls_in_the_stamps_week() -> None:
    body = ("2 February 2022\n\nThe final is on Saturday at 7:30 pm in Exampleton.\n\n"
            "On Friday the two semi-finals will be played in Sampleford.")
    assert _days(body) == ["2022-02-04", "2022-02-05"]
