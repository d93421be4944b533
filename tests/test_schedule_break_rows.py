"""A board's schedule whose row for a day says only that the board takes a break ("Summer Break", "Winter Recess",
"Sommerpause") announces no meeting that day, as a row saying "No Meeting" does not; the rows with minutes or an agenda
stay meetings. A break named with more words ("Summer Break Camp", "Recess ends") is no such row."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles
from parsers.recurring import negated

_SCHEDULE = """Harbour Trust Board Meetings

The board meets at 4:00 p.m. in Room 12 of the Town Hall, Springfield, Illinois.

2031

March 6, 2031, at 4:00 p.m.
Minutes

April 10, 2031, at 4:00 p.m.
No Meeting

July 10, 2031, at 4:00 p.m.
Summer Break

December 11, 2031, at 4:00 p.m.
Winter Recess

September 11, 2031, at 4:00 p.m.
Agenda
"""


def test_break_rows_of_a_schedule_are_no_meetings() -> None:
    article = Article(source="t", title="Harbour Trust Board Meetings", body=_SCHEDULE,
                      url="https://www.springfield.example/trust")
    events = extract_articles([article], reference=dt.date(2031, 1, 5)).events
    assert sorted(str(e.start.date()) for e in events) == ["2031-03-06", "2031-09-11"]


@pytest.mark.parametrize(("label", "expected"), [
    ("Summer Break", True), ("Winter recess", True), ("– Recess –", True), ("Sommerpause", True),
    ("Summer Break Camp", False), ("Recess ends", False), ("Coffee break at 10:30", False), ("Minutes", False),
])
def test_a_label_naming_only_a_break(label: str, expected: bool) -> None:
    assert negated(label) is expected
