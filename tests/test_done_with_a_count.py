"""A date opening a sentence whose subject then acts in the past on a counted object ("From Monday 6 March to
Friday 10 March 2031 we visited five schools", "On 12 March 2031 the team visited 12 clinics") tells what is over,
as one acting on "a" or "the" does (world-thirtyfifth 14: a month's report of past school visits gave an event).
The same sentence told to come stays an event. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Our month

Source: Nation Brand Agency

Published: {stamp}

{body}
"""

# (stamp, body, expected first days, why)
CASES = [
    ("31 March 2031", "From Thursday 6 March to Monday 10 March 2031 we visited five schools in five days.", [],
     "visited five schools: over"),
    ("31 March 2031", "On 12 March 2031 the team visited 12 clinics in the district.", [], "a count in figures"),
    ("1 March 2031", "From Thursday 6 March to Monday 10 March 2031 we will visit five schools in five days.",
     ["2031-03-06"], "to come: an event"),
]


@pytest.mark.parametrize(("stamp", "body", "expected", "why"), CASES)
def test_done_with_a_count(stamp: str, body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(stamp=stamp, body=body), source="past", reference=dt.date(2031, 3, 1),
                     default_zone="UTC").events
    assert sorted(e.start.strftime("%Y-%m-%d") for e in events) == expected, why
