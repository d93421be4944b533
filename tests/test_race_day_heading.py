"""An event's page that opens with the day it is about ("SUNDAY 26 MAY 2019"), gives its key dates (entries,
pick-up), then a part headed "RACE DAY" (or "Event day", "On the day", "Match day timetable") whose times name no
day: those times are on the opening day, not on the last date of the key dates (world-twentyeighth 7, where the
start times went to the Saturday of a pick-up line). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

PAGE = """Harbour fun run

Source: A running club

{opening}

KEY DATES

  • Online entries close at 5pm on Thursday 5 March 2026

  • Pick up your number on Saturday 7 March, between 2pm and 5pm, at the club rooms

{heading}

Start times:

  • 0800 Half Marathon

  • 0830 10km
"""


@pytest.mark.parametrize(("opening", "heading", "expected", "why"), [
    ("SUNDAY 8 MARCH 2026", "RACE DAY", ["2026-03-08 08:00", "2026-03-08 08:30"], "the opening day's part"),
    ("Sunday 8 March 2026", "Event day:", ["2026-03-08 08:00", "2026-03-08 08:30"], "another name of the part"),
    ("Sunday 8 March 2026", "On the day", ["2026-03-08 08:00", "2026-03-08 08:30"], "'On the day'"),
    ("Sunday 8 March 2026", "Match day timetable", ["2026-03-08 08:00", "2026-03-08 08:30"], "with a word after it"),
])
def test_times_under_a_race_day_heading(opening: str, heading: str, expected: list[str], why: str) -> None:
    times = [day for day in listed(PAGE.format(opening=opening, heading=heading)) if " " in day]
    assert [t for t in times if t.endswith(("08:00", "08:30"))] == expected, why


def test_no_opening_date_leaves_the_day_in_context() -> None:
    """A page that opens with a sentence, not a date, has no day of its own to give its "Race day" part."""
    text = PAGE.format(opening="Our annual run is back.", heading="RACE DAY")
    times = [day for day in listed(text) if day.endswith(("08:00", "08:30"))]
    assert all(not t.startswith("2026-03-08") for t in times)


def test_who_must_collect_when_is_a_practicality() -> None:
    """"Marathon walkers must collect on the Saturday afternoon": when to fetch a race number, as "pick up" is, not
    an event (world-twentyeighth 7, where it became an event of a Saturday)."""
    text = PAGE.format(opening="SUNDAY 8 MARCH 2026", heading="RACE DAY").replace(
        "at the club rooms\n", "at the club rooms. Walkers must collect on the Saturday afternoon.\n")
    assert [day for day in listed(text) if " " not in day] == []
