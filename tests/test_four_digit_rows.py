"""Rows of a programme opening with a four-figure 24-hour clock ("0900 – Arrival of ministers", "1430hrs Press
conference"): each is an event at its time. Four figures opening a line that may be a year ("2019 – Elected to the
council") are read as a clock only where the programme keeps such a clock near them. Before, the rows were one
event of the day titled "0900 – Arrival of ministers". Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.fourdigitrows import four_digit_rows

from .conftest import REFERENCE

ITEM = """Programme of the ministerial meeting

Source: Ministry of Fisheries

Valletta, 12 January 2026

{body}
"""

# (body, (local start, words of the title) of each timed event, why)
BODIES = [
    ("TUESDAY 3 FEBRUARY\n0900 – Arrival of ministers\n0930 – Family photo\n1000 – Working session on quotas",
     [("09:00", "Arrival of ministers"), ("09:30", "Family photo"), ("10:00", "Working session")],
     "rows under a day heading, the clock opening with a nought"),
    ("Tuesday 3 February\n1300hrs  Working lunch\n1430hrs  Press conference",
     [("13:00", "Working lunch"), ("14:30", "Press conference")], "'hrs' after the figures"),
    ("Tuesday 3 February\n0830-0900: Coffee for delegates\n1500 - 1630: Closing panel",
     [("08:30", "Coffee"), ("15:00", "Closing panel")], "ranges, a colon before what happens"),
    ("The minister has led the fisheries board since 2019.\n2019 – Elected to the council\n"
     "2021 – Chair of the board\nShe opens the fair on Tuesday 3 February at 10:00.",
     [("10:00", "opens the fair")], "years opening lines of a life: no clock near them"),
    ("TUESDAY 3 FEBRUARY\n0900 – Arrival of ministers\n0930 – Tour of the harbour\n\nAbout the chair\n"
     "2019 – Elected to the council\n2022 – Chair of the board",
     [("09:00", "Arrival of ministers"), ("09:30", "Tour of the harbour")],
     "a life's years in the part under a programme: a heading after a blank line parts them from its clock"),
    ("TUESDAY 3 FEBRUARY\n\n0900 – Arrival of ministers\n\n2000 – Dinner at the residence",
     [("09:00", "Arrival of ministers"), ("20:00", "Dinner")], "rows parted by blank lines are one programme"),
    ("TUESDAY 3 FEBRUARY\nStart times:\n  • 0730 Half Marathon\n  • 0800 10km Run\n  • 1000 Kids Dash",
     [("07:30", "Half Marathon"), ("08:00", "10km Run"), ("10:00", "Kids Dash")],
     "one space after the figures, a distance after them: a row where the programme keeps such a clock"),
    ("Tuesday 3 February\n0845 Coffee\n0915 Opening by the chair\n1130 Close",
     [("08:45", "Coffee"), ("09:15", "Opening"), ("11:30", "Close")], "one space, no bullets"),
    ("The club was founded long ago; it meets on Tuesday 3 February at 10:00.\n\nOur story\n"
     "1998 Club founded\n2004 First race held\n2019 Record entry",
     [("10:00", "meets")], "years and one space: no row keeps a clock, so they stay years"),
    ("Tuesday 3 February\nTime\nActivity\n0900\nArrival of ministers\n1000\nWorking session on quotas\n1230\nLunch",
     [("09:00", "Arrival of ministers"), ("10:00", "Working session"), ("12:30", "Lunch")],
     "a table pasted a cell a line: the figures alone over what happens"),
    ("The club was founded long ago; it meets on Tuesday 3 February at 10:00.\n\nOur story\n"
     "1998\nClub founded\n2004\nFirst race held",
     [("10:00", "meets")], "years alone on their lines with no clock near them stay years"),
]


@pytest.mark.parametrize(("body", "expected", "why"), BODIES)
def test_rows_opening_with_four_figures(body: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(ITEM.format(body=body), source="rows", reference=REFERENCE).events
    timed = sorted((e for e in events if isinstance(e.start, dt.datetime)), key=lambda e: e.start)
    assert [f"{e.start:%H:%M}" for e in timed] == [hour for hour, _ in expected], why
    for event, (_, words) in zip(timed, expected, strict=True):
        assert words in event.summary, why
        assert event.start.date() == dt.date(2026, 2, 3), why


def test_a_long_run_of_rows_is_read_in_linear_time() -> None:
    text = "Tuesday 3 February\n" + "0900 – Session\n1900 – Dinner\n" * 20_000
    found = four_digit_rows(text)
    assert len(found) == 40_000
    assert found[1].time == dt.time(19, 0)


def test_a_zone_after_the_figures() -> None:
    found = four_digit_rows("0900 GMT – Arrival\n1100 (GMT) – Talks")
    assert [(m.time, m.zone) for m in found] == [(dt.time(9), "GMT"), (dt.time(11), "GMT")]
