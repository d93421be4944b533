"""A timetable row of two slots of one day, "25 April (Thursday) 10:00-13:00 Mexico 15:00-18:00 DR Congo", is two
events: the second span and the words after it are an event of its own (world-seventyfirst 2: a torture
committee's afternoon reviews on two-slot rows were lost in the morning's title). Only spans after a span, each with
a few words of a name around them; a sentence's later time is no slot. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions
from parsers.slotrows import next_slots

ITEM = """Water rights panel: hearings

Source: Panel of Experts on Water Rights

The panel sits in Geneva from 1 April to 20 April, 2031, on this timetable:

10 April (Thursday) 09:30-12:30 Peru 14:30-17:30 Chile (follow-up)
11 April (Friday) 14:30-17:30 Peru
"""


def test_each_slot_of_a_row_is_an_event() -> None:
    events = extract(ITEM, source="panel", reference=dt.date(2031, 3, 20), default_zone="UTC").events
    got = sorted((e.start.astimezone(dt.UTC).strftime("%m-%d %H:%M"), e.summary.split(": ")[-1])
                 for e in events if not e.all_day)
    # Geneva keeps CEST (UTC+2) in April
    assert got == [("04-10 07:30", "Peru"), ("04-10 12:30", "Chile (follow-up)"), ("04-11 12:30", "Peru")]


def _slots(text: str) -> list[str]:
    mentions = [m for m in find_mentions(text) if m.kind == "time"]
    return [words for _, _, words in next_slots(text, mentions, mentions[0])]


@pytest.mark.parametrize(("text", "slots"), [
    ("10:00-13:00 Mexico 15:00-18:00 DR Congo", ["DR Congo"]),
    ("09:00-10:00 Opening 10:30-12:00 Panel one 14:00-15:00 Closing", ["Panel one", "Closing"]),
    # a sentence, not a row of slots
    ("10:00-11:00 Opening of the fair. Lunch is served from 12:00-13:00 in the hall.", []),
    # a single clock after the span is no slot
    ("10:00-11:00 Opening, then the minister at 11:30 visits", []),
    # no words between the spans
    ("10:00-11:00 / 14:00-15:00 Open days", []),
])
def test_the_row_alone(text: str, slots: list[str]) -> None:
    assert _slots(text) == slots
