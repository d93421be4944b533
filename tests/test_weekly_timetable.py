"""The times something starts at, then a comma and a range of weekdays ("public tours at 9.30 am and 2.30 pm, Monday
to Friday") are a week's timetable, not an event of the day in context (world-thirtyfourth 11: a parliament's
standing tours were read as two events on the day of its last broadcast). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Broadcasts from the Chamber

Source: Lakeside Assembly

Published: 10 March 2031

The Assembly sits on Friday 14 March 2031 at 1:30pm.

{sentence}
"""

# (sentence, expected local starts besides the sitting, why)
CASES = [
    ("On days the Assembly does not sit, the building is open to tours at 9.30 am and 2.30 pm, Monday to Friday.", [],
     "two start times and the working week: a timetable"),
    ("Guided walks leave at 10 am, Tuesday to Sunday, from the visitor centre.", [], "one start time, then the days"),
    ("The committee sits at 9:30, Monday to Thursday next week.", ["2031-03-17 09:30"],
     "the days of a named week: the hearings of that week, an event"),
    ("A reception follows at 6 pm in the Members' Hall.", ["2031-03-14 18:00"],
     "a time with no range of weekdays: the day in context's"),
]


@pytest.mark.parametrize(("sentence", "expected", "why"), CASES)
def test_a_weeks_timetable(sentence: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="week", reference=dt.date(2031, 3, 1),
                     default_zone="UTC").events
    starts = sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)
    assert [s for s in starts if s != "2031-03-14 13:30"] == expected, why
