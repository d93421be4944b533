"""A list's lead-in line that gives the hour ("Press briefings: each day in the press room, at 1pm"), then rows that
open with their day and say, after a dash or a colon, who or what ("Tuesday 29/9 – Ms Ana Duarte"): each row is an
event at that hour, named by what it holds (world-twentyfourth 2: the three briefings were read as days). Items in
our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

LIST = """Congress media programme

Source: Union Federation

Issued: 1 March 2026

Journalists are welcome at:
- a photo call on Tuesday 17 March at 09.00h by the river.

{lead}
Wednesday 18/3 – Ms Ana Duarte, General Secretary
Thursday 19/3 – Mr Sam Obi with Ms Lea Berg
"""

# (lead-in line, local starts of the timed events, why)
ROWS = [
    ("Press briefings: every day in the press room when the lunch break starts (planned for 1pm)",
     ["2026-03-17 09:00", "2026-03-18 13:00", "2026-03-19 13:00"], "the lead-in's hour for each row of its list"),
    ("Press briefings, daily at 12:30 in Room 2:",
     ["2026-03-17 09:00", "2026-03-18 12:30", "2026-03-19 12:30"], "the same, a colon ending the lead-in"),
    ("Press briefings in the press room:",
     ["2026-03-17 09:00"], "a lead-in without an hour times no row"),
]


@pytest.mark.parametrize(("lead", "expected", "why"), ROWS)
def test_each_row_of_the_list_is_at_the_lead_ins_hour(lead: str, expected: list[str], why: str) -> None:
    events = [e for e in extract(LIST.format(lead=lead), source="rows", reference=REFERENCE).events if not e.all_day]
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events) == expected, why


def test_a_row_is_named_by_what_it_holds() -> None:
    text = LIST.format(lead="Press briefings: every day in the press room at 1pm")
    timed = sorted((e for e in extract(text, source="rows", reference=REFERENCE).events if not e.all_day),
                   key=lambda e: e.start)
    assert "Duarte" in timed[1].summary
    assert "Obi" in timed[2].summary
    assert not [e for e in extract(text, source="rows", reference=REFERENCE).events
                if e.all_day and "Duarte" in e.summary], "the row's day-long event gives way to the timed one"


def test_a_lead_in_of_no_kind_ending_with_a_colon_times_rows_that_say_where() -> None:
    item = ("County to host open houses on the bus plan\n\nSource: County Board\n\nIssued: 12 January 2026\n\n"
            "The Board invites residents to three open houses on the draft bus plan. Each open house runs from 5:30 "
            "to 7:30 p.m.:\n\n- Tuesday, Jan. 20 – Northside Library, 1200 Elm St.\n"
            "- Thursday, Jan. 22 – Riverside Community Center\n"
            "- Monday, Jan. 26 – County Administration Building, Room 101\n")
    events = extract(item, source="rows", reference=REFERENCE, default_zone="America/Chicago").events
    assert sorted((f"{e.start:%Y-%m-%d %H:%M}", e.location) for e in events) == [
        ("2026-01-20 17:30", "Northside Library, 1200 Elm St."),
        ("2026-01-22 17:30", "Riverside Community Center"),
        ("2026-01-26 17:30", "County Administration Building, Room 101")]
    assert all("open house" in e.summary.lower() for e in events)


def test_a_paragraph_of_no_kind_not_leading_into_the_list_times_no_row() -> None:
    item = ("Notice\n\nSource: County Board\n\nIssued: 12 January 2026\n\nThe offices stay open until 7:30 p.m.\n\n"
            "- Tuesday, Jan. 20 – Northside Library\n- Thursday, Jan. 22 – Riverside Community Center\n")
    events = extract(item, source="rows", reference=REFERENCE, default_zone="America/Chicago").events
    assert all(not isinstance(e.start, dt.datetime) or e.start.hour != 19 for e in events)
