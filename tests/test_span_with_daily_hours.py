"""A span of days told in one breath with a range of hours ("June 3-6 from 8 a.m.-6 p.m.: ...", "du 3 au 6 juin de
8h à 18h", "vom 3. bis 6. Juni von 8 bis 18 Uhr"): the hours recur on each day, so the event is the days as a whole,
its hours in its note. A single day with a range of hours stays timed. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Range closures near Pelican Bay

Source: Harbour Authority

Published: 28 May 2032

{sentence}
"""


def _starts(sentence: str) -> list[str]:
    events = extract(ITEM.format(sentence=sentence), source="harbour", reference=dt.date(2032, 5, 28),
                     default_zone="UTC").events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else e.start.isoformat()
                  for e in events)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("• June 3-6 from 8 a.m.-6 p.m.: North Shoal and Gannet Point.", ["2032-06-03"]),
    ("June 3-6, 8 a.m. to 6 p.m.: sailing regatta at Gannet Point.", ["2032-06-03"]),
])  # fmt: skip
def test_a_span_with_hours_is_its_days(sentence: str, expected: list[str]) -> None:
    assert _starts(sentence) == expected


def test_the_hours_are_noted() -> None:
    events = extract(ITEM.format(sentence="• June 3-6 from 8 a.m.-6 p.m.: North Shoal and Gannet Point."),
                     source="harbour", reference=dt.date(2032, 5, 28), default_zone="UTC").events
    assert events[0].end == dt.date(2032, 6, 7)
    assert any("08:00–18:00" in note for note in events[0].notes)


def test_one_day_with_hours_stays_timed() -> None:
    assert _starts("• June 4 from 8 a.m.-6 p.m.: North Shoal and Gannet Point.") == ["2032-06-04 08:00"]


def test_two_days_with_hours_open_on_the_first() -> None:
    # (two days with hours are as often a meeting that opens at that hour: left as they were read)
    assert "2032-06-03 08:00" in _starts("• June 3-4 from 8 a.m.-6 p.m.: North Shoal and Gannet Point.")
