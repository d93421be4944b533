"""Under a heading of proceedings ("Hearings"), a short row that names its town and hall beside its day, with no
hour ("Madurai: August 18, Lakshmi Sundaram Hall"), is one of them, a day-long event; a row of the week or a bare day
still heads the rows below it (world-twentyfourth 8: two hearings were read as date lines). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Tariff hearings in three towns

Source: Water Regulatory Board, India

Pune, 2 March 2026

The Board hears the public on the new water tariffs.

{heading}
Nagpur: March 16, 10 am, Town Hall
Nashik: March 18, Kalidas Hall
Mumbai: March 20, Tata Theatre
"""

# (heading, the days and UTC times of the events, why)
HEADINGS = [
    ("Hearings", ["2026-03-16 04:30", "2026-03-18", "2026-03-20"], "each row a hearing, the timeless ones day-long"),
    ("Public meetings", ["2026-03-16 04:30", "2026-03-18", "2026-03-20"], "another noun of proceedings: the same"),
    ("Where to find us", ["2026-03-16 04:30"], "a heading of no proceedings: a row without an hour is no event"),
]


@pytest.mark.parametrize(("heading", "expected", "why"), HEADINGS)
def test_a_row_of_a_proceedings_list_is_one_of_them(heading: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(heading=heading), source="rows", reference=REFERENCE).events
    said = sorted(str(e.start) if e.all_day else e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
                  for e in events)
    assert said == expected, why
