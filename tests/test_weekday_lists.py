"""Three or more weekdays listed in words ("sits on Tuesday, Wednesday and Thursday at 2pm", with or without a comma
before "and"): the event is on each, at the time the sentence gives, not on the first alone. Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _events(sentence: str) -> list[tuple[dt.date, int | None]]:
    text = f"This week\n\nSource: A parliament\n\nPublished 3 March 2031\n\n{sentence}\n"
    events = extract(text, source="house", reference=dt.date(2031, 3, 1)).events
    return sorted((e.first_day, None if e.all_day else e.start.hour) for e in events)


@pytest.mark.parametrize("sentence", [
    "The Senate sits on Tuesday, Wednesday and Thursday at 2pm in Canberra.",
    "The Senate sits on Tuesday, Wednesday, and Thursday at 2pm in Canberra.",
    "The Senate sits on Tuesday, Wednesday and Thursday this week, starting at 2pm each day, in Canberra.",
])
def test_each_day_of_the_list_at_its_time(sentence: str) -> None:
    assert _events(sentence) == [(dt.date(2031, 3, 4), 14), (dt.date(2031, 3, 5), 14), (dt.date(2031, 3, 6), 14)]


def test_days_apart_each_their_own() -> None:
    assert _events("The panel meets on Monday, Wednesday and Friday at 10am in Canberra.") \
        == [(dt.date(2031, 3, 3), 10), (dt.date(2031, 3, 5), 10), (dt.date(2031, 3, 7), 10)]


def test_days_in_a_row_without_a_time_are_one_span() -> None:
    text = "This week\n\nSource: A parliament\n\nPublished 3 March 2031\n\n" \
        "The Senate sits on Tuesday, Wednesday and Thursday in Canberra.\n"
    events = extract(text, source="house", reference=dt.date(2031, 3, 1)).events
    assert [(e.first_day, e.last_day) for e in events] == [(dt.date(2031, 3, 4), dt.date(2031, 3, 6))]


def test_a_list_said_midweek_runs_into_next_week() -> None:
    """Said on Wednesday 5 March: "Tuesday, Wednesday and Thursday" are next week's, each after the one before."""
    text = "This week\n\nSource: A parliament\n\nPublished 5 March 2031\n\n" \
        "The Senate sits on Tuesday, Wednesday and Thursday at 2pm in Canberra.\n"
    events = extract(text, source="house", reference=dt.date(2031, 3, 1)).events
    assert sorted(e.first_day for e in events) == [dt.date(2031, 3, 11), dt.date(2031, 3, 12), dt.date(2031, 3, 13)]
