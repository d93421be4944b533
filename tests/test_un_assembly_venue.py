""""Addresses the UN General Assembly on Wednesday at 3:15 p.m.": the Assembly sits at the UN headquarters in New
York, so a time given for it with no label is New York's, even in a release from a capital far away (world-fortyfirst
1: a president's address, read on the clock of his own capital). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """The Prime Minister's week abroad

Source: Prime Minister's Press Office, Ruritania

Published: 20 September 2032

{body}
"""

CASES = [
    ("The Prime Minister flies out today (20). She addresses the UN General Assembly on Tuesday (21) at 11:40 a.m.",
     "2032-09-21 11:40 America/New_York"),
    ("On Wednesday, 22 September, at 4 pm the Prime Minister speaks in the general debate of the United Nations "
     "General Assembly.", "2032-09-22 16:00 America/New_York"),
    ("The Prime Minister meets the Secretary-General at UN Headquarters on 23 September at 9:30.",
     "2032-09-23 09:30 America/New_York"),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_a_time_at_the_general_assembly_is_new_york_time(body: str, expected: str) -> None:
    events = extract(ITEM.format(body=body), source="office", reference=dt.date(2032, 9, 20),
                     default_zone="Europe/Lisbon").events
    timed = [e for e in events if not e.all_day]
    assert [f"{e.start:%Y-%m-%d %H:%M} {e.timezone}" for e in timed] == [expected]
