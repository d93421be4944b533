"""A programme notice that names no town, whose only clue to its place is its desk's telephone number: the number's
area code is one Canadian province's ("250-555-0199": British Columbia, Pacific time) or one US state's of one clock
("651-555-0100": Minnesota, Central time), so its times are on that clock. A state of several clocks (Florida), or
numbers of two provinces or states, say nothing.
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Build and Play Afternoon

Source: Public Library

Build and Play Afternoon: Monday, November 10, 2031, 1:00 to 2:00 pm at the Central Branch. Free drop in.

Questions? Call us at {phones}.
"""


@pytest.mark.parametrize(("phones", "zone"), [
    ("250-555-0199 ext. 100", "America/Vancouver"),
    ("(403) 555-0142", "America/Edmonton"),
    ("902.555.0110", "America/Halifax"),
    ("514-555-0123 or 438-555-0100", "America/Toronto"),
    ("250-555-0199 or 403-555-0142", "Europe/Brussels"),  # two provinces: no clue
    ("305-555-0100", "Europe/Brussels"),  # a state of two clocks (Florida)
    ("651-555-0100", "America/Chicago"),  # a state of one clock (Minnesota)
    ("212-555-0100", "America/New_York"),  # New York State
    ("651-555-0100 or 212-555-0100", "Europe/Brussels"),  # two states: no clue
])
def test_the_area_code_of_the_desk_sets_the_clock(phones: str, zone: str) -> None:
    events = extract(ITEM.format(phones=phones), source="t", reference=dt.date(2031, 11, 1),
                     default_zone="Europe/Brussels").events
    assert [e.timezone for e in events] == [zone]


@pytest.mark.parametrize(("phones", "zone"), [
    ("403-555-0142 or toll free 1-800-555-0100", "America/Edmonton"),  # a toll-free number is every province's
])
def test_a_toll_free_number_says_nothing(phones: str, zone: str) -> None:
    events = extract(ITEM.format(phones=phones), source="t", reference=dt.date(2031, 11, 1),
                     default_zone="Europe/Brussels").events
    assert [e.timezone for e in events] == [zone]


def test_a_number_that_is_no_telephone_says_nothing() -> None:
    text = ITEM.replace("Questions? Call us at {phones}.", "Your booking reference: 604-555-1234.")
    events = extract(text, source="t", reference=dt.date(2031, 11, 1), default_zone="Europe/Brussels").events
    assert [e.timezone for e in events] == ["Europe/Brussels"]


def test_a_media_contact_block_counts() -> None:
    text = ITEM.replace("Questions? Call us at {phones}.", "Media contact:\nJane Smith, Communications, 250-555-0147")
    events = extract(text, source="t", reference=dt.date(2031, 11, 1), default_zone="Europe/Brussels").events
    assert [e.timezone for e in events] == ["America/Vancouver"]
