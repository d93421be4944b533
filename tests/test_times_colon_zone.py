"""A heading that gives the zone of the rows below it after "times:" ("Week overview (times: Central European Time,
CET)", "Times: CET") declares it, as "All times are CET" does: the rows that name no zone are on that clock, not on
the zone another row's second label names. Seen in world-hundredtwentyseventh (an Earth-observation partnership's
online week: "10:00-11:00" under "times: Central European Time, CET" was read on New York's clock, which the rows
below name third). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.declaredzone import declared_label


@pytest.mark.parametrize(("line", "label"), [
    ("Week overview (times: Central European Time, CET)", "Central European Time"),
    ("Times: CET", "CET"),
    ("Programme of the day (times: CEST)", "CEST"),
])
def test_a_zone_after_times_and_a_colon_is_declared(line: str, label: str) -> None:
    assert declared_label(line) == label


@pytest.mark.parametrize("line", ["Opening times: 9:00 to 17:00", "Travel times: two hours by train",
                                  "Times: 10:00-11:00"])
def test_no_zone_after_the_colon_declares_none(line: str) -> None:
    assert declared_label(line) is None


ITEM = """Online forum: first day

Source: Forum secretariat

Forum 2021, online, 8-10 March 2021

Day one (times: Central European Time, CET)

Monday 8 March

Opening
09:30-10:00
Welcome by the co-chairs.

Panel on data
10:00-11:00 CET | 04:00-05:00 EST
A panel of member states.
"""


def test_the_row_without_a_label_is_on_the_declared_clock() -> None:
    events = extract(ITEM, source="forum", reference=dt.date(2021, 3, 1), default_zone="Asia/Tokyo").events
    starts = sorted(e.start.astimezone(dt.UTC).strftime("%H:%M") for e in events if hasattr(e.start, "hour"))
    assert "08:30" in starts
