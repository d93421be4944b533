"""An arrival asked of the press or the guests ("please arrive by 9:15 a.m.", "Guests are kindly asked to arrive by
6:45") is a practicality, not an event at that time. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Premier opens the new library

Source: A provincial government

Regina, May 4, 2031

The Premier opens the new branch library on Thursday, May 8 at 10:30 a.m.

{line}
"""


@pytest.mark.parametrize("line", [
    "Reporters covering the opening, please arrive by 10:00 a.m.",
    "Please arrive by 10:00 a.m. at the north door.",
    "Delegates are kindly requested to collect their badges on Thursday, May 8 from 9:00 a.m.",
])
def test_the_arrival_or_badges_asked_for_is_no_event(line: str) -> None:
    events = extract(ITEM.format(line=line), source="province", reference=dt.date(2031, 5, 1)).events
    assert [(e.start.hour, e.start.minute) for e in events if e.start is not None] == [(10, 30)]


def test_an_arrival_that_is_the_event_stays() -> None:
    line = "The Governor General arrives at the library at 10:00 a.m. to unveil a plaque."
    events = extract(ITEM.format(line=line), source="province", reference=dt.date(2031, 5, 1)).events
    assert (10, 0) in [(e.start.hour, e.start.minute) for e in events if e.start is not None]


def test_a_ceremony_of_badges_stays() -> None:
    """(found by review) "The Scouts will collect their badges from the Chief Scout at a ceremony at 11:00"."""
    line = "The Scouts will collect their badges from the Chief Scout at a ceremony at 11:00 on Thursday, May 8."
    events = extract(ITEM.format(line=line), source="province", reference=dt.date(2031, 5, 1)).events
    assert (11, 0) in [(e.start.hour, e.start.minute) for e in events if e.start is not None]
