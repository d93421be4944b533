"""A span of days with a range of hours ("open from 16 to 21 February, 08h00 to 16h00") gives each day's hours: the
days as a whole, no timed event of its own on the first day (it was a second event at 08:00 on the 16th). A single
start time ("23-27 November, 10am start") still opens the first day as before. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """The fan park opens

Source: Joint Operations Centre

Published: 10 February 2031

{sentence}
"""


def _start(start: dt.datetime | dt.date) -> str:
    return f"{start:%Y-%m-%d %H:%M}" if isinstance(start, dt.datetime) else start.isoformat()


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("The fan park on the beachfront is open from 16 to 21 February, 08h00 to 16h00.", ["2031-02-16"],
     "a range of hours over several days: the days only"),
    ("From 16 to 21 February, 8:00 am - 4:00 pm: fan park on the beachfront.", ["2031-02-16"],
     "the hours before what happens"),
    ("The expo runs from 16 to 21 February, with a 10am opening ceremony.", ["2031-02-16", "2031-02-16 10:00"],
     "one start time: the days, and the start on the first"),
])  # fmt: skip
def test_hours_over_a_span_are_each_days(sentence: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="park", reference=dt.date(2031, 2, 10),
                     default_zone="UTC").events
    assert sorted(_start(e.start) for e in events) == expected, why
