"""Days that follow each other in one sentence are also one event as a whole when one time serves them all
("Hearings on Tuesday, February 7, and Wednesday, February 8, starting at 10:00"); not when each day gives hours of
its own ("from 11 a.m. to 2 p.m. Saturday, August 11, and noon to 3 p.m. Sunday, August 12": two sessions apart)
(world-twentysixth 3). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Tours of the new clinic

Source: Brookside Health System

Published: 2 August 2031

{sentence}
"""

# (sentence, expected (first day, last day) of the all-day events, why)
CASES = [
    ("Visitors can tour the clinic from 11 a.m. to 2 p.m. Saturday, August 9, and noon to 3 p.m. Sunday, August 10.",
     [], "each day its own hours: two sessions, no weekend as a whole"),
    ("Hearings are held on Tuesday, August 12, and Wednesday, August 13, starting at 10:00.",
     [("2031-08-12", "2031-08-13")], "one time for both days: also the hearings as a whole"),
]


@pytest.mark.parametrize(("sentence", "expected", "why"), CASES)
def test_days_with_their_own_hours(sentence: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="hours", reference=dt.date(2031, 8, 2),
                     default_zone="UTC").events
    spans = [(e.start.strftime("%Y-%m-%d"), (e.end - dt.timedelta(days=1)).strftime("%Y-%m-%d"))
             for e in events if e.all_day]
    assert spans == expected, why
