"""What an item says had been announced would happen ("The airport had said the first arrival, which the minister
opened in January, would be the flight from Singapore at 6.40 am; it ran an hour late") is a plan told after the
fact, not an event: its last day or time is put aside (world-twentyseventh 14: a report of a terminal's first
flights kept a 6.40 am arrival on the day of the report). A new day said after it ("..., but it was moved to Friday at
6 pm") and a plan that stands ("will", "said ... would") stay. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Terminal news

Source: Riverside Airport

Published: 12 June 2024

{body}
"""

# (body, expected local starts (all of them when none, else among them), why)
CASES = [
    ("The airport had said the first arrival at the terminal, which the minister opened in January, would be the "
     "flight from Singapore at 6.40 am; it ran an hour late.", [], "a plan told after the fact, at its last time"),
    ("Officials had announced the ribbon would be cut at 11 am, but the rain kept the guests away.", [],
     "'had announced ... would' at the sentence's only time"),
    ("The ministry said the minister would open the bridge at 10 am on Friday.", ["2024-06-14 10:00"],
     "said (not 'had said') ... would: a plan that stands"),
    ("The council had announced that the vote would take place at 7 pm on Thursday, but it was moved to Friday "
     "at 6 pm.", ["2024-06-14 18:00"], "the new day after 'moved' stays"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_said_it_would(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="would", reference=dt.date(2026, 1, 20), default_zone="UTC").events
    got = sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)
    if not expected:
        assert got == [], why
    assert set(expected) <= set(got), why
