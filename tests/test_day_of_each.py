"""A time on a day of each of a series ("at 2 p.m. Eastern Time on the last day of each two-day meeting") is a rule
of that series, no one day's event: it was an event at 2 p.m. on the item's day (world-nineteenth 1). Items in our
own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """New announcement format

Source: A central bank

2025-08-27

A press briefing follows at 3 p.m. on September 4, 2025.

{sentence}
"""


@pytest.mark.parametrize(("sentence", "days", "why"), [
    ("The committee issues its statement at 2 p.m. on the last day of each two-day meeting.", ["2025-09-04 15:00"],
     "the last day of each meeting: a rule"),
    ("Its minutes come out at 9 a.m. on the first day of every month.", ["2025-09-04 15:00"],
     "the first day of every month: a rule"),
    ("The committee issues its statement at 2 p.m. on the last day of the meeting, September 5.",
     ["2025-09-04 15:00", "2025-09-05 14:00"], "one meeting's last day, dated: an event"),
])
def test_a_day_of_each_of_a_series_is_a_rule(sentence: str, days: list[str], why: str) -> None:
    assert listed(ITEM.format(sentence=sentence)) == days, why
