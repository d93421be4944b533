"""Hours said "on weekdays" or "at weekends" are a week's rule, no event of the day the item dates ("On weekdays
the public can visit from 4 pm to 11 pm, and until midnight at weekends") (world-seventeenth 11). Items in our own
words."""

from __future__ import annotations

from .conftest import listed

ITEM = """Winter fair opens in the old port

Source: A municipality

2024-11-20

The Winter Fair opens on December 5, 2024 at the old port.

{hours}
"""


def test_hours_on_weekdays_and_at_weekends_are_no_event() -> None:
    text = ITEM.format(hours="On weekdays visitors may come from 4 pm to 10 pm, and until midnight at weekends.")
    assert listed(text) == ["2024-12-05"]


def test_a_day_named_with_its_hours_stays_an_event() -> None:
    text = ITEM.format(hours="On December 6 the fair stays open from 4 pm to 10 pm for a concert.")
    assert "2024-12-06 16:00" in listed(text)
