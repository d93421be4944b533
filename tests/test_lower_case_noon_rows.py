"""Noon written "12 nn" in lower case, as Manila's schedules type it ("- 12 nn | PICC: ..."), is a time as "12NN"
is: the row it opens is an event at noon, not words glued to the row above (world-hundredseventh 7: the ASEAN
summit's "12 nn" row was lost and its title given to the 10 am row). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Forum week: what happens when

Source: Office of the Regional Trade Forum

PASAY CITY – Most sessions are held at the convention centre.

March 4, Tuesday
- 9 am | Hall A: Opening of the trade forum
- 12 nn | Hall B: {row}
- 2:30 pm | Hall A: Plenary on customs unions
"""


def _events(row: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(row=row), source="forum", reference=dt.date(2031, 2, 1),
                     default_zone="Asia/Manila").events
    return [(e.start.strftime("%m-%d %H:%M"), e.summary) for e in events]


def test_lower_case_nn_is_noon() -> None:
    events = _events("Luncheon with the chambers of commerce")
    assert ("03-04 12:00", "Hall B: Luncheon with the chambers of commerce") in events


def test_the_row_above_keeps_its_own_title() -> None:
    [nine] = [summary for start, summary in _events("Luncheon with the chambers of commerce") if start == "03-04 09:00"]
    assert "Luncheon" not in nine
