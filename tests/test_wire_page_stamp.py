"""A wire page's stamp atop the body, a day and the minute it was posted with its clock ("Jul 05, 2019, 12:30 ET"),
over a story that opens with a dateline of the same day ("VANCOUVER, July 5, 2019 - ..."): when the page was posted,
not an event, even at a minute one could schedule at (world-thirtyfourth 10: the stamp was read as a conference in
Eastern time). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Update on the river closure

Source: Lakeside Fisheries Office

{stamp}

{dateline} - Officials will give an update on the river closure and take questions.

Time:
4:00 – 4:30 pm (Pacific)
Date:
Friday, July 4, 2031
"""

# (stamp line, dateline, expected local starts, why)
CASES = [
    ("Jul 04, 2031, 12:30 ET", "VANCOUVER, July 4, 2031", ["2031-07-04 16:00"],
     "a wire's stamp over the dateline of its day: the stamp is no event"),
    ("Jul 04, 2031, 12:30 ET", "OTTAWA, ON, July 4, 2031", ["2031-07-04 16:00"], "a dateline with its province"),
    ("Jul 04, 2031, 12:30 ET", "The Office said on July 4, 2031", ["2031-07-04 12:30", "2031-07-04 16:00"],
     "no dateline below: the line's time stays (an event page's first line)"),
]


@pytest.mark.parametrize(("stamp", "dateline", "expected", "why"), CASES)
def test_wire_stamp_over_its_dateline(stamp: str, dateline: str, expected: list[str], why: str) -> None:
    text = ITEM.format(stamp=stamp, dateline=dateline)
    events = extract(text, source="wire", reference=dt.date(2031, 7, 1), default_zone="UTC").events
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day) == expected, why
