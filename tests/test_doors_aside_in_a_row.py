"""A timed row whose entry notes in brackets when the doors open ("7:00 PM: Town hall on the library levy (doors open
at 6:30 PM)"): the entry at its own time, the doors an aside (advisory.py). A row that is only the doors' opening
stays a practicality. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Mayor's public schedule

Source: Office of the Mayor of Riverton

Thursday, April 9, 2026
{row}
4:00 PM: Ribbon cutting at the Elm Street bridge
"""


def _times(row: str) -> list[str]:
    events = extract(ITEM.format(row=row), source="doors", reference=dt.date(2026, 4, 1)).events
    return sorted(f"{e.start:%H:%M}" for e in events if not e.all_day)


@pytest.mark.parametrize(("row", "expected", "why"), [
    ("7:00 PM: Town hall on the library levy (doors open at 6:30 PM)", ["16:00", "19:00"],
     "the doors in brackets after the entry: the entry keeps its time"),
    ("9:30 AM: Budget forum hosted by the Mayor (doors open 9:00 AM)*", ["09:30", "16:00"], "no 'at', a mark after"),
    ("1:00 PM: Graduation of the nursing class (doors open to graduates only)", ["16:00"],
     "doors open to whom, not when: read as before"),
    ("6:30 PM: Doors open", ["16:00"], "the doors alone: a practicality, no event, as before"),
])  # fmt: skip
def test_doors_aside_in_a_row(row: str, expected: list[str], why: str) -> None:
    assert _times(row) == expected, why
