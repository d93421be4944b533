"""A week's diary of day lines, each over its rows: a row that opens with its time ("14:15 Speech to the assembly") is
that day's entry, not the hour of a list of the days below it; and a line under the next day's line ("Thursday 12
March" / "Tour of the harbour") is that day's entry, not the place of the timed row above the day line. Read so, the
last timed row of one day was moved to the next day, at the next day's untimed entry, and every later untimed day
took its hour. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """The Commissioner's week

Source: Office of the Commissioner

Published: 6 March 2031

{diary}
"""

# (diary, expected (start, summary words), why)
CASES = [
    ("Tuesday 10 March\n14:15 Speech to the assembly\nWednesday 11 March\nTour of the harbour\n"
     "Thursday 12 March\nOpening of the fisheries fair",
     [("2031-03-10 14:15", "speech"), ("2031-03-11", "harbour"), ("2031-03-12", "fisheries")],
     "one timed row, then two days of untimed entries"),
    ("Tuesday 10 March\n09:00 Breakfast with the mayors\n14:15 Speech to the assembly\nWednesday 11 March\n"
     "Tour of the harbour\nThursday 12 March\n10:30 Opening of the fisheries fair",
     [("2031-03-10 09:00", "mayors"), ("2031-03-10 14:15", "speech"), ("2031-03-11", "harbour"),
      ("2031-03-12 10:30", "fisheries")],
     "two timed rows, an untimed day, a timed day"),
    ("Tuesday, 10 March\n14:15: Speech to the assembly\nWednesday, 11 March\nVisit to the Harbour Parliament",
     [("2031-03-10 14:15", "speech"), ("2031-03-11", "parliament")],
     "two days only: the untimed entry is no place of the row above"),
]


def _start(event: object) -> str:
    start = event.start  # type: ignore[attr-defined]
    return start.strftime("%Y-%m-%d %H:%M") if isinstance(start, dt.datetime) else start.isoformat()


@pytest.mark.parametrize(("diary", "expected", "why"), CASES)
def test_each_row_stays_on_its_day(diary: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(ITEM.format(diary=diary), source="diary", reference=dt.date(2031, 3, 6),
                     default_zone="UTC").events
    got = sorted((_start(e), e.summary.lower(), e.location) for e in events)
    assert [start for start, _, _ in got] == [start for start, _ in expected], why
    for (_, summary, location), (_, words) in zip(got, expected, strict=True):
        assert words in summary, why
        assert "harbour" not in location.lower(), why  # the next day's entry is no row's place
