"""A line that only names a week ("Week of June 2", "w/c 2 June") heads the weekday rows under it: "Tuesday, 10 a.m.:
..." is that week's Tuesday. The week's own day is no event. Where nothing dates the item, the week named by its day
is taken to begin on a Monday, which tells the year, and the events say so."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions
from parsers.notevents import week_line
from tests.test_notevents import when

ROWS = "Tuesday, 10 a.m.: Finance committee hearing\nThursday, 3:30 p.m.: Vote on the supply bill\n"


def _events(body: str, reference: dt.date) -> list:
    text = f"House business this week\n\nSource: Legislative Assembly of Manitoba\n\n{body}"
    return extract(text, source="t", reference=reference, default_zone="UTC").events


def test_the_rows_fall_in_the_week_its_monday_tells() -> None:
    events = _events(f"Week of June 2\n\n{ROWS}", dt.date(2026, 12, 5))
    # 2 June is a Monday in 2025; Winnipeg keeps UTC-5 in summer
    assert when(events) == ["2025-06-03 15:00", "2025-06-05 20:30"]
    assert all("Monday" in " ".join(e.notes) for e in events)


def test_a_stamped_year_dates_the_week() -> None:
    events = _events(f"Posted May 29, 2031\n\nw/c 2 June\n\n{ROWS}", dt.date(2026, 12, 5))
    assert when(events) == ["2031-06-03 15:00", "2031-06-05 20:30"]  # 2 June 2031 is a Monday


@pytest.mark.parametrize("line", ["Woche vom 2. Juni", "Semaine du 2 juin", "Semana del 2 de junio"])
def test_a_week_named_in_another_language_is_a_week_line(line: str) -> None:
    # (found in the final read: the line's gate let only English and "w/c" through)
    assert week_line(line, find_mentions(line, "dmy")) is not None
