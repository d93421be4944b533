"""A warning in force from an hour on a weekday, and the date a product is good until, are no events; the same
hours and days telling a happening still are. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Notice

Source: Northshire Services

Published: 2 June 2031

{body}
"""


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("An amber warning for wind is in force from 06:00 on Thursday until 18:00 on Friday across the valleys.", [],
     "a warning's hours are a state, not a happening"),
    ("The fog advice is in effect from 9 p.m. on Wednesday until noon on Thursday.", [], "in effect, the same"),
    ("The road crews meet from 06:00 on Thursday at the depot.", ["2031-06-05 06:00"],
     "a meeting from an hour on a weekday stays an event"),
    ("The withdrawn cheese carries a best-before date of 12 June 2031.", [], "a product's best-before date"),
    ("Permits with an expiry date of 30 June 2031 must be renewed online.", [], "a paper's expiry date"),
    ("The tasting of the new cheese is on 12 June 2031 at 11:00 in the market hall.", ["2031-06-12 11:00"],
     "a dated happening of the same product stays"),
])  # fmt: skip
def test_states_and_product_dates_are_no_events(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="notices", reference=dt.date(2031, 6, 2)).events
    assert sorted(f"{e.start:%Y-%m-%d}" if e.all_day else f"{e.start:%Y-%m-%d %H:%M}" for e in events) == expected, \
        why
