"""A range of weekdays pinned to the item's own week ("open from Monday to Friday this week") is a span of those
days, though "open" otherwise makes a range of weekdays a weekly rule ("open Monday to Friday": no span). From
world-thirtyeighth 10 (a foreign ministry's open days, "Monday to Friday this week" under a Sunday stamp). Items
in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """The ministry meets the public

Source: Ministry

Published: 2 March 2031

{body}
"""

# (body, expected (first, last) days, why)
CASES = [
    ("The information desk in the town hall is open from Monday to Friday this week.",
     [("2031-03-03", "2031-03-07")], "pinned to this week: a span"),
    ("The information desk in the town hall is open from Monday to Friday.", [], "a weekly rule: no span"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_weekdays_this_week(body: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(ITEM.format(body=body), source="en", reference=dt.date(2031, 3, 1), default_zone="UTC").events
    got = sorted((e.start.strftime("%Y-%m-%d"), (e.end - dt.timedelta(days=1)).strftime("%Y-%m-%d"))
                 for e in events if e.all_day)
    assert got == expected, why
