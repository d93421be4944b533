"""Captions and dated lines that alternate, each caption over its line ("Board meeting" / "10:00am Monday, 4 June
2018" / "Staff picnic" / "1:00pm Saturday, 9 June 2018"), are read caption over line when the run ends with a dated
line; before, each dated line took the caption under it, the next entry's (world-twentyseventh 2: a notice's key dates
named each row after the next). A run that ends with a caption still has its captions under their lines. A caption
that names a deadline or a record date ("Proxy Forms must be received by", "Last day for written questions",
"Entitlement to vote fixed at") makes its row no happening. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.deadlines import row_deadline

ITEM = """Key dates

Source: Harbour Holdings Limited

{rows}
"""

# (rows, expected (local start, summary) pairs, why)
CASES = [
    ("Important dates\nBoard meeting\n10:00am Monday, 4 June 2018\nStaff picnic\n1:00pm Saturday, 9 June 2018\n"
     "Open day\n9:00am Sunday, 17 June 2018",
     [("2018-06-04 10:00", "Board meeting"), ("2018-06-09 13:00", "Staff picnic"), ("2018-06-17 09:00", "Open day")],
     "captions over their lines: the run ends with a dated line"),
    ("Important dates\n10:00am Monday, 4 June 2018\nBoard meeting\n1:00pm Saturday, 9 June 2018\nStaff picnic\n"
     "9:00am Sunday, 17 June 2018\nOpen day",
     [("2018-06-04 10:00", "Board meeting"), ("2018-06-09 13:00", "Staff picnic"), ("2018-06-17 09:00", "Open day")],
     "captions under their lines: the run ends with a caption"),
    ("KEY DATES\nLast day for written questions to the Auditor\n12:00pm Friday, 18 May 2018\n"
     "Proxy Forms must be received by\n12:00pm Wednesday, 23 May 2018\nEntitlement to vote fixed at\n"
     "7:00pm Wednesday, 23 May 2018\nAnnual General Meeting\n12:00pm Friday, 25 May 2018",
     [("2018-05-25 12:00", "Annual General Meeting")],
     "deadline and record-date rows are no happenings; the meeting's row is"),
]


@pytest.mark.parametrize(("rows", "expected", "why"), CASES)
def test_captions_over_dated_lines(rows: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(ITEM.format(rows=rows), source="rows", reference=dt.date(2026, 1, 20), default_zone="UTC").events
    got = sorted((e.start.strftime("%Y-%m-%d %H:%M"), e.summary) for e in events if not e.all_day)
    assert [(start, summary.split(": ", 1)[-1]) for start, summary in got] == expected, why


# (caption, deadline?, why)
CAPTIONS = [
    ("Proxy Forms must be received by", True, "ends with 'by': a deadline"),
    ("Last day for written questions to the Auditor", True, "a last day for something"),
    ("Closing date for entries", True, "a closing date"),
    ("Record date", True, "a record date of shareholders"),
    ("Entitlement to vote fixed at", True, "the time a register is read for votes"),
    ("Annual General Meeting", False, "a meeting"),
    ("Closing ceremony", False, "a ceremony that closes something is a happening"),
]


@pytest.mark.parametrize(("caption", "expected", "why"), CAPTIONS)
def test_row_deadline(caption: str, expected: bool, why: str) -> None:
    assert row_deadline(caption) is expected, why
