"""A bracketed line of other cities' clocks right under the line that gives an event's time ("When: 10.00 a.m. Korea
time on Monday, 8 October, 2018" / "(02.00 London; 03.00 Geneva; 04.00 Nairobi; 21.00, New York (7 October))") tells
that time again, no event of its own (world-fiftieth 1: a press conference's London clock was published at midnight
UTC on the day before). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Launch of the State of the Climate report

Source: Regional Climate Centre

Press conference
When: 14.00 Nairobi time on Thursday, 3 March 2031
{bracket}
Where: the Centre's auditorium
"""


def _starts(bracket: str) -> list[str]:
    events = extract(ITEM.format(bracket=bracket), source="test", reference=dt.date(2031, 2, 20),
                     default_zone="Africa/Nairobi").events
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)


def test_the_clocks_line_is_no_event() -> None:
    assert _starts("(11.00 London; 12.00 Geneva; 06.00 New York; 19.00 Beijing)") == ["2031-03-03 11:00"]


def test_one_clock_on_the_day_before() -> None:
    assert _starts("(11.00 London; 12.00 Geneva; 22.00, Honolulu (2 March))") == ["2031-03-03 11:00"]


def test_a_programmes_bracketed_rows_stay() -> None:
    """"(15.00 Workshop A; 16.30 Closing Plenary)": the names after the clocks are no places (review)."""
    assert _starts("(15.00 Workshop A; 16.30 Closing Plenary)") == [
        "2031-03-03 11:00", "2031-03-03 12:00", "2031-03-03 13:30"]
