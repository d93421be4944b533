"""A programme's rows opened by a day of the month alone, or a span of them, under a stamp ("20th: Firing display at
the lagoon ...", "21st: Parade at the stadium ...", "16 - 21st: Fair on the showground ..."): each row's day is that
day of the stamp's month (a span just begun or just past stays in it), not the stamp's own day (world-thirtyninth 1:
an armed forces day's parade was put on the day of the release). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Harbour week: what is on

Source: Harbour Board

Published: 20 March 2031

Activities over the coming days:

{body}
"""

# (body, expected (first, last, all-day) of the events, why)
CASES = [
    ("21st: Parade of boats at the inner harbour, with bands. From 10h00 until 13h00.",
     [("2031-03-21 10:00", False)], "a row opened by an ordinal day"),
    ("23rd: Rowing regatta on the bay, eight crews. Start 09h00.",
     [("2031-03-23 09:00", False)], "another day ahead of the stamp"),
    ("16 - 24th: Harbour fair on the quay, stalls and rides.",
     [("2031-03-16 00:00", True)], "a span begun before the stamp stays in its month"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_ordinal_row_days(body: str, expected: list[tuple[str, bool]], why: str) -> None:
    events = extract(ITEM.format(body=body), source="rows", reference=dt.date(2031, 3, 20), default_zone="UTC").events
    assert sorted((e.start.strftime("%Y-%m-%d %H:%M"), e.all_day) for e in events) == expected, why


def test_ordinal_span_reaches_its_last_day() -> None:
    events = extract(ITEM.format(body="16 - 24th: Harbour fair on the quay, stalls and rides."), source="rows",
                     reference=dt.date(2031, 3, 20), default_zone="UTC").events
    assert [e.end.strftime("%Y-%m-%d") for e in events if e.all_day and e.end] == ["2031-03-25"]
