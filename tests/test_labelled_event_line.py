"""A line labelled "Event:" (or "What:") names the entry of the "When:" line below it even when it runs past a
caption's few words or holds figures ("Event: the "50,000 trees by 2035" pledge is signed (with the city's schools)"),
so long as it holds no clock of its own (world-seventythird 14: a campaign launch in New York got the item's title
instead of its own name). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.schedule import caption

ITEM = """Green agency events in Nairobi

Source: Green Belt Agency

Media advisory · 3 March 2031

Event: the "50,000 trees by 2035" pledge is signed (with the city's schools and two banks)
When: Thursday, 13 March, 14h00 to 15h30
Where: Nairobi, at the agency's offices
"""


def test_the_labelled_line_names_the_entry() -> None:
    events = extract(ITEM, source="gba", reference=dt.date(2031, 3, 3), default_zone="UTC").events
    assert [e.summary for e in events if "50,000 trees" in e.summary] != []


def test_a_labelled_caption_may_hold_figures() -> None:
    assert caption('Event: the "50,000 trees by 2035" pledge is signed (with two banks)') != ""


def test_not_with_a_clock_nor_unlabelled() -> None:
    assert caption("Event: the pledge is signed at 10:30 with the schools") == ""
    assert caption('the "50,000 trees by 2035" pledge is signed') == ""
