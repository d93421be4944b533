"""A weekday told in the past is no later than the stamp, even after the item named a later day ("The drill starts
on June 16." under a stamp of June 10, then "A transport plane arrived on Monday morning."): it is history, and the
story is back in the stamp's week, so "On Wednesday a convoy moves ... at 4.00 a.m." after it is that week's
Wednesday (world-fortyfourth 10: the arrivals were read as the Sunday and Monday after 16 June, the convoy as the
19th). A weekday told as to come after the later day is still counted from it. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Units gather for the relief drill

Source: Ministry of Defence

Published: 9 June 2031

{body}
"""

# (body, expected starts, why): 9 June 2031 is a Monday
CASES = [
    ("Units from abroad keep arriving for the relief drill, which is to start from June 15, the ministry said.\n\n"
     "A hospital ship berthed at the port on Sunday, and a transport plane arrived on Monday morning.\n\n"
     "On Wednesday a column of trucks moves from the garrison to the drill site. It leaves at 4.00 a.m.",
     ["2031-06-11 04:00", "2031-06-15"], "the arrivals are history, the column the stamp's Wednesday"),
    ("The relief drill is to start from June 15.\n\nOn Wednesday the closing parade will be held at 4.00 p.m.",
     ["2031-06-15", "2031-06-18 16:00"], "told as to come after the later day: counted from it"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_past_weekday_after_a_later_day(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="defence", reference=dt.date(2031, 6, 9),
                     default_zone="UTC").events
    got = sorted(e.start.strftime("%Y-%m-%d") if e.all_day else e.start.strftime("%Y-%m-%d %H:%M") for e in events)
    assert got == expected, why
