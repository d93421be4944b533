"""A list of meeting dates under a heading that says so, where most rows give their hour and one does not yet
("2024 Meeting Dates" / "March 13th" / "May 8th, 5:00 p.m." / ...): the bare day is a meeting day of the list too,
in the heading's year (world-thirtyfirst 12: the day was dropped, a list of one bare day being no list, and put
in the year of the heading read last). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Board meetings

Source: Hill Creek Water District

Our Board meets four times a year; agendas are posted a day ahead.

{rows}

2025 Meeting Minutes
"""

# (rows, the all-day events, why)
CASES = [
    ("2026 Meeting Dates\n- March 11th\n- May 13th, 5:00 p.m.\n- August 12th, 5:00 p.m.",
     ["2026-03-11"], "a bare day first, timed rows below it"),
    ("2026 Meeting Dates\n- May 13th, 5:00 p.m.\n- August 12th, 5:00 p.m.\n- November 11th",
     ["2026-11-11"], "a bare day last, timed rows above it"),
    ("2026 Meeting Dates\n- March 11th\n- May 13th", [], "two bare days alone may be a range's ends: no list"),
    ("2026 Closures\n- March 11th\n- May 13th, 5:00 p.m.\n- August 12th, 5:00 p.m.", [],
     "a heading of no happenings"),
]


@pytest.mark.parametrize(("rows", "expected", "why"), CASES)
def test_a_bare_day_beside_timed_rows_is_a_date_of_the_list(rows: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(rows=rows), source="board", reference=REFERENCE,
                     default_zone="America/Denver").events
    days = sorted(f"{e.start:%Y-%m-%d}" for e in events if not isinstance(e.start, dt.datetime))
    assert days == expected, why
