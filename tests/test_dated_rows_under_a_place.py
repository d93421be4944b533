"""Rows of a day and a long range of hours under a caption naming a place ("Canouan Health Centre, tel. 458-8305" /
"• Tuesday, 26th October- 9:00 am- 7:00 pm" / "• Thursday, ...") are each a session there, named by the caption; a
telephone after the name is no part of the caption; rows under a line that says they are hours ("Opening hours of
the media centre:") still say nothing (world-thirtythird 4: the first row of each facility was dropped and the last
named by the next facility's line). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract, schedule

ITEM = """Longer clinic hours this week

Source: Island Health Department

Published: 25 October 2031

The clinics below vaccinate for longer this week.

{rows}
"""

# (rows, expected (start, summary), why)
CASES = [
    ("Harbour Clinic, tel. 455-1200\n• Monday, 27th October- 9:00 am- 7:00 pm\n• Wednesday, 29th October- 9:00 am-"
     " 6:00 pm\n\nHill Polyclinic (455- 3400)\n• Tuesday, 28th October- 8:00 am- 4:00 pm\n• Thursday, 30th October-"
     " 8:00 am- 4:00 pm",
     [("2031-10-27 09:00", "Harbour Clinic"), ("2031-10-28 08:00", "Hill Polyclinic"),
      ("2031-10-29 09:00", "Harbour Clinic"), ("2031-10-30 08:00", "Hill Polyclinic")],
     "each row its clinic's session, the first one too"),
    ("Harbour Clinic\n- Monday 27 October, 9:00 am to 7:00 pm\n- Wednesday 29 October, 9:00 am to 6:00 pm",
     [("2031-10-27 09:00", "Harbour Clinic"), ("2031-10-29 09:00", "Harbour Clinic")], "dashes and 'to' alike"),
]


@pytest.mark.parametrize(("rows", "expected", "why"), CASES)
def test_dated_rows_under_a_place(rows: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(ITEM.format(rows=rows), source="rows", reference=dt.date(2031, 10, 25),
                     default_zone="UTC").events
    got = sorted((e.start.strftime("%Y-%m-%d %H:%M"), e.summary) for e in events if not e.all_day)
    assert got == expected, why


def test_rows_under_a_line_of_opening_hours() -> None:
    rows = ("Opening hours of the visitor desk:\nMonday, 27 October – 10:00 – 18:00\n"
            "Tuesday, 28 October – 08:00 – 20:00\nWednesday, 29 October – 08:00 – 20:00")
    events = extract(ITEM.format(rows=rows), source="rows", reference=dt.date(2031, 10, 25), default_zone="UTC").events
    starts = {e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day}
    assert not starts & {"2031-10-27 10:00", "2031-10-28 08:00"}, "a desk's opening hours are no sessions"


@pytest.mark.parametrize(("line", "expected"), [
    ("Canouan Health Centre, tel. 458-8305", "Canouan Health Centre"),
    ("Stubbs Polyclinic (458- 0743)", "Stubbs Polyclinic"),
    ("Budget hearing 2024-2025", ""),
])
def test_caption_without_its_telephone(line: str, expected: str) -> None:
    assert schedule.caption(line) == expected
