"""In a run of lines that each name what, then a dash and its day with a clock ("House of Assembly - Tuesday 20
June 2031 at 10:00am"), a line of that shape that gives its days and no time ("Estimates Committee A - Monday 5 June -
Thursday 8 June 2031") is an entry of the list too, on those days, not a date line (world-thirtyfourth 11: a
parliament's estimates hearings were missed). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Broadcasts from the Assembly

Source: Lakeside Assembly

Broadcasting
House of Assembly - Tuesday 20 May 2031 at 10:00am
Legislative Council - Friday 23 May 2031 at 9:30am
{line}
Public Hearings, Harbour Inquiry - Friday 9 May 2031 at 9:00am - 11:00am
"""

# (line, expected all-day (first, last) days, why)
CASES = [
    ("Estimates Committee A - Monday 5 May - Thursday 8 May 2031", [("2031-05-05", "2031-05-08")],
     "a span of days among rows that give their clock: an entry on those days"),
    ("Tours of Parliament", [], "no day: nothing"),
]


@pytest.mark.parametrize(("line", "expected", "why"), CASES)
def test_untimed_row_among_named_rows(line: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(ITEM.format(line=line), source="rows", reference=dt.date(2031, 5, 1), default_zone="UTC").events
    days = [(e.start.isoformat(), (e.end - dt.timedelta(days=1)).isoformat()) for e in events if e.all_day]
    assert days == expected, why


def test_a_date_line_over_rows_of_times_stays_a_date_line() -> None:
    text = ("Programme\n\nSource: Lakeside Assembly\n\nResidence Palace - Monday 5 May 2031\n10:00 Opening session\n"
            "11:30 Press conference\n")
    events = extract(text, source="rows", reference=dt.date(2031, 5, 1), default_zone="UTC").events
    assert [e.all_day for e in events] == [False, False]
