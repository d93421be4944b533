"""Minutes of a meeting record what was done: the meetings they tell of ("was held at City Hall on Tuesday 18 March
2031 at 2pm", "the report of the Committee's meeting of 11 March 2031") are past, no events; only what they tell as
to come ("The next meeting will be held on ...") is one (world-thirtyfourth 13: a council's minutes gave two events).
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.minutes import records

ITEM = """{title}

Source: Lakeside City Council

The 512th meeting of the Lakeside City Council was held at City Hall on Tuesday 18 March 2031 at 2pm.

Councillor Rowe moved that the report of the Transport Committee's meeting of 11 March 2031 be adopted.

The next meeting of Council will be held at City Hall on Tuesday 25 March 2031 at 2pm.
"""

# (title, expected local starts and days, why)
CASES = [
    ("Minutes of proceedings: the 512th meeting of Council", ["2031-03-25 14:00"],
     "minutes: only the meeting to come is an event"),
    ("Council meeting report", ["2031-03-11", "2031-03-25 14:00"],
     "not minutes: read as any item is (the committee's meeting of 11 March stays a day)"),
]


@pytest.mark.parametrize(("title", "expected", "why"), CASES)
def test_minutes_keep_only_what_is_to_come(title: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(title=title), source="minutes", reference=dt.date(2031, 3, 20),
                     default_zone="UTC").events
    found = sorted(e.start.strftime("%Y-%m-%d") if e.all_day else e.start.strftime("%Y-%m-%d %H:%M") for e in events)
    assert found == expected, why


TITLES = [
    ("Minutes of proceedings: the 512th meeting of Council", True, "minutes of proceedings"),
    ("Open Minutes", True, "a council's open minutes"),
    ("Minutes of the Board meeting, 3 March 2031", True, "minutes of a meeting"),
    ("Ten minutes with the Lord Mayor", False, "a count of minutes"),
    ("Minutes", False, "one word: the item may tell when minutes come out"),
    ("Library is five minutes from the station", False, "a count of minutes"),
]


@pytest.mark.parametrize(("title", "expected", "why"), TITLES)
def test_titles_of_minutes(title: str, expected: bool, why: str) -> None:
    assert records(title) is expected, why
