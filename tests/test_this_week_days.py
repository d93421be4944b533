"""A weekday the item already named as of its own week ("tours this Saturday") is the same day when named bare later
("welcomes visitors on Saturday"), though a sentence between named another day ("Patient care begins on June 2."):
not the Saturday after that day (world-twentysixth 4: the open house was put a fortnight late). Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.thisweek import this_week_days

ITEM = """Open house at the new clinic

Source: Lakeview Health Services

Published: 14 May 2031

{first}

Patient care at the new clinic begins on June 2.

The health service welcomes visitors on Saturday from 10:00 a.m. to 5:00 p.m. to walk through the building.
"""

# (first sentence, expected local start of the timed event, why)
CASES = [
    ("The town's new clinic is open to public tours this Saturday.", "2031-05-17 10:00",
     "'this Saturday' under 14 May 2031 (a Wednesday): 17 May, and 'on Saturday' later is that day"),
    ("The town's new clinic is almost finished.", "2031-06-07 10:00",
     "no 'this Saturday': the Saturday after the day in context, as before"),
]


@pytest.mark.parametrize(("first", "expected", "why"), CASES)
def test_a_weekday_said_this_week(first: str, expected: str, why: str) -> None:
    events = extract(ITEM.format(first=first), source="week", reference=dt.date(2031, 5, 14), default_zone="UTC").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day] == [expected], why


def test_this_week_days() -> None:
    assert this_week_days("tours this Saturday and This Monday") == frozenset({5, 0})
    assert this_week_days("on Saturday") == frozenset()
