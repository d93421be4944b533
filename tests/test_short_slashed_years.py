"""Slashed dates with a year of two digits, "When: 9/7/19", as event cards and US listings write them: read after a
date's field label, "on" or a weekday, in the order the item's country writes; elsewhere "9/7/19" may be a score,
a ratio or a version and stays a number. Sentences of our own."""

from __future__ import annotations

import pytest

from parsers import extract
from parsers.dates import DayPart, find_mentions

from .conftest import REFERENCE


@pytest.mark.parametrize(("text", "want", "why"), [
    ("When: 9/7/19 at 7:30 PM", DayPart(7, 9, 2019), "a card's When field, read month first (mdy)"),
    ("Date: 11/23/21", DayPart(23, 11, 2021), "23 cannot be a month: the order is plain"),
    ("The recital is on 4/15/26 in the chapel.", DayPart(15, 4, 2026), "after 'on'"),
    ("Sat., 9/7/19, doors at 7", DayPart(7, 9, 2019, 5), "a weekday tells the order: 7 September 2019 is a Saturday"),
])  # fmt: skip
def test_a_short_slashed_year_in_a_date_context(text: str, want: DayPart, why: str) -> None:
    days = [m.first for m in find_mentions(text, numeric_order="mdy") if m.kind == "day"]
    assert days == [want], why


@pytest.mark.parametrize(("text", "why"), [
    ("The squad won 9/7/19 on aggregate over three legs.", "a run of scores, no date context"),
    ("Mix the parts 1/2/12 by weight.", "a ratio"),
    ("Firmware 3/4/21 fixes the bug.", "a version"),
])  # fmt: skip
def test_a_short_slashed_year_elsewhere_is_no_date(text: str, why: str) -> None:
    assert [m for m in find_mentions(text, numeric_order="mdy") if m.kind == "day"] == [], why


CARD = """Opening night

Source: Desert Symphony of Las Vegas

Calendar | August 23, 2029

The symphony opens its season with a concert and a ball after it.

Where: The Smith Center, Las Vegas
When: 9/7/29 at 7:30 PM
"""


def test_a_card_under_a_calendar_stamp_keeps_its_own_day() -> None:
    events = extract(CARD, source="card", reference=REFERENCE).events
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events] == ["2029-09-07 19:30"]
