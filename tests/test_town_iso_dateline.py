"""A line of a town and the day in figures opening an item ("Tehran, 2024-07-23") is its dateline: the town's clock
is the one of "4 p.m. local time" (world-nineteenth 6). "Before that, on Sunday, ..." opening a sentence is the Sunday
before the happening just told, not the one after it (world-nineteenth 6). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE, listed

ITEM = """Governor sworn in next week

Source: A news agency

{dateline}

The new governor takes the oath at the assembly next Tuesday, at 11 a.m. local time.
"""


@pytest.mark.parametrize(("dateline", "offset", "why"), [
    ("Tehran, 2024-07-23", 3.5, "a town and an ISO day on their own line"),
    ("Kathmandu, 2024-07-23", 5.75, "the same, a clock three quarters of an hour off the hour"),
    ("TEHRAN, 2024-07-23", 3.5, "the town in capitals"),
    ("2024-07-23", 2.0, "no town: the default clock (Brussels, summer)"),
])
def test_a_town_and_its_iso_day_set_the_clock(dateline: str, offset: float, why: str) -> None:
    events = extract(ITEM.format(dateline=dateline), source="rows", reference=REFERENCE).events
    assert [(e.start.date(), e.start.hour) for e in events] == [(dt.date(2024, 7, 30), 11)], why
    assert events[0].start.utcoffset() == dt.timedelta(hours=offset), why


TOLD_BEFORE = """Oath and endorsement dates set

Source: A news agency

Tehran, 2024-07-23

The president-elect takes the oath at a ceremony in parliament next Tuesday at 4 p.m. local time.

{sentence}
"""


@pytest.mark.parametrize(("sentence", "days", "why"), [
    ("Before that, on Sunday, the leader endorses him at a ceremony.", ["2024-07-28", "2024-07-30 16:00"],
     "'Before that' opening the sentence: the Sunday before the oath"),
    ("Before then, on Sunday, the leader endorses him at a ceremony.", ["2024-07-28", "2024-07-30 16:00"],
     "'Before then', the same"),
    ("On Sunday the leader endorses him at a ceremony.", ["2024-07-30 16:00", "2024-08-04"],
     "a bare Sunday after the oath's day: the next Sunday from it, as before"),
])
def test_before_that_counts_back_from_the_happening_just_told(sentence: str, days: list[str], why: str) -> None:
    assert listed(TOLD_BEFORE.format(sentence=sentence)) == days, why
