"""A row that opens with a span of two four-figure clocks a few hours apart ("1015-1045 Briefing for donors",
"1500-1630 Field visit") is a slot of a programme, though it says no "hrs", opens with no nought and stands under no
day heading of its own line. Before, such rows were read only near a row that kept the clock so, and a brief whose
rows all open at 10 o'clock or later published only its day. Spans of years ("1914-1918", "2019-2021") and spans
that end before they start stay what they were. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.fourdigitrows import four_digit_rows

from .conftest import REFERENCE

ITEM = """Media notes of the day

Source: Federation of River Pilots

Cape Town, Wednesday 3 June 2026

What is on for the press today:

{rows}
"""


def _timed(rows: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(rows=rows), source="pilots", reference=REFERENCE).events
    return sorted((f"{e.start:%H:%M}", e.summary) for e in events if isinstance(e.start, dt.datetime))


def test_spans_of_hours_are_slots() -> None:
    timed = _timed("1015-1045 Briefing for donors on the harbour fund\n"
                   "1200-1300 Lunch with the pilots' union\n1500-1630 Field visit to the river mouth")
    assert [hour for hour, _ in timed] == ["10:15", "12:00", "15:00"]
    assert "Briefing for donors" in timed[0][1]
    assert "Field visit" in timed[2][1]


def test_one_span_alone_is_a_slot() -> None:
    assert [hour for hour, _ in _timed("1330-1400 Photo call at the quay")] == ["13:30"]


@pytest.mark.parametrize(("row", "why"), [
    ("1914-1918 Service on the minesweepers", "years a year's figures open with"),
    ("1600-1200 bags landed at the quay", "a span that ends before it starts is no slot"),
    ("1000-2000 visitors are expected at the fair", "ten hours apart: a count, not a slot"),
    # (found by review) years of history in a gallery's list, off the five-minute marks of a programme
    ("1618-1648 The Thirty Years War", "years off the five-minute marks"),
    ("1815-1848 Restoration and revolution", "years off the five-minute marks"),
])
def test_other_spans_are_not_slots(row: str, why: str) -> None:
    assert four_digit_rows(row + "\n") == [], why


def test_the_span_gives_the_end() -> None:
    found = four_digit_rows("1430-1530 Meet the press\n")
    assert [(m.time, m.until) for m in found] == [(dt.time(14, 30), dt.time(15, 30))]
