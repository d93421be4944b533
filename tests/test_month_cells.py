"""A table pasted one cell a line whose date column gives only the day of the month ("Date" / "Time" / "Venue", then
"12" / "9.30am" / "Civic Offices"), the month and year named once above it, in the title or a short line: each day
cell is that day of that month (world-thirtyfourth 5: a council's seven December meetings were not read). Items in
our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.monthcells import written_out

ITEM = """{title}

Source: Harbourside District Council

{above}

Date
Time
Venue
{rows}
"""

# (title, line above the table, rows, expected local starts, why)
CASES = [
    ("Council meetings in May 2031", "The meetings below are open to the public.",
     "12\n9.30am\nCouncil Chamber, Civic Offices\n19\n2pm\nCouncil Chamber, Civic Offices",
     ["2031-05-12 09:30", "2031-05-19 14:00"], "the month and year in the title, the days in the first column"),
    ("Meetings of the council", "Hearings for June 2031:",
     "3rd\n10am\nThe Atrium, Park Road\n6th\n4.30pm\nBoard Room, Town Hall",
     ["2031-06-03 10:00", "2031-06-06 16:30"], "the month and year on the short line above the header, ordinals"),
    ("Council meetings in May 2031", "Community boards",
     "2 10am\nLyttelton Board Room\n9\n5pm\nBoard Room, Beckenham",
     ["2031-05-02 10:00", "2031-05-09 17:00"], "a row whose day and time share a line, then a row a cell a line"),
    ("Council meetings", "The meetings below are open to the public.",
     "12\n9.30am\nCouncil Chamber, Civic Offices", [], "no month named anywhere: a bare number is no day"),
    ("Council meetings in May and June 2031", "Dates may change.",
     "12\n9.30am\nCouncil Chamber, Civic Offices", [], "two months named: which one the days belong to is unknown"),
]


@pytest.mark.parametrize(("title", "above", "rows", "expected", "why"), CASES)
def test_days_of_a_month_in_a_table(title: str, above: str, rows: str, expected: list[str], why: str) -> None:
    text = ITEM.format(title=title, above=above, rows=rows)
    events = extract(text, source="cells", reference=dt.date(2031, 4, 1), default_zone="UTC").events
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day) == expected, why


# (title, body, expected body, why)
WRITTEN = [
    ("Meetings in December 2029", "Date\nTime\n12\n9.30am", "Date\nTime\n12 December 2029\n9.30am",
     "a day cell written out whole"),
    ("Meetings in December 2029", "Date\nSeats\n12\n40\nTotal 40", "Date\nSeats\n12 December 2029\n40\nTotal 40",
     "only the first column's cells: the second column's numbers and a first cell that is no day stay as they are"),
    ("Report of 12 December 2029", "Date\nTime\n12\n9.30am", "Date\nTime\n12\n9.30am",
     "a title naming a whole date names no month for a table"),
    ("Meetings in December 2029", "Date: 12 December 2029\nTime: 9.30am", "Date: 12 December 2029\nTime: 9.30am",
     "fields, not a header of cells: left alone"),
    ("Meetings in December 2029", "Date\tTime\tVenue\n12\t9.30am\tCivic Offices\n19\t2pm\tCivic Offices",
     "Date\tTime\tVenue\n12 December 2029\t9.30am\tCivic Offices\n19 December 2029\t2pm\tCivic Offices",
     "a table pasted a row a line, its cells apart by tabs: each row's first cell"),
    ("Meetings in December 2029", "Date | Time | Venue\n12 | 9.30am | Civic Offices\nTotal: 1 meeting",
     "Date | Time | Venue\n12 December 2029 | 9.30am | Civic Offices\nTotal: 1 meeting",
     "cells apart by bars; a row opening with no day ends the table"),
]


@pytest.mark.parametrize(("title", "body", "expected", "why"), WRITTEN)
def test_day_cells_written_out(title: str, body: str, expected: str, why: str) -> None:
    assert written_out(title, body) == expected, why
