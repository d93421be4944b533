"""A place's hours on a day are no event, nor its early closing: "On Friday, December 24, the Treasurer's Office is
open 8:30am-11:30am", "the main library will be open from 10 a.m. to 2 p.m. on Saturday", "City Hall is open 8 a.m.
to noon on Wednesday, December 24", "county offices close early, at 2pm". world-fiftyfourth item 5 (a city's holiday
hours) showed it: its cashier's office hours on two Fridays were published as events, and the offices' early
closing on them. An exhibition open for the day and a centre opened by the mayor stay. Each text is our own, in the
form the rule reads."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract

REFERENCE = dt.date(2031, 2, 3)


def events_of(body: str) -> list[Event]:
    return extract(f"Notice\n\nSource: City clerk\n\nPublished 3 Feb 2031\n\n{body}\n", source="t",
                   reference=REFERENCE, default_zone="America/Chicago").events


HOURS = [
    # (body, why)
    ("On Friday, December 24, 2031, the Treasurer's Office is open 8:30am-11:30am.", "an office's hours, day first"),
    ("The main library will be open from 10 a.m. to 2 p.m. on Saturday, November 29, 2031.", "'will be open from'"),
    ("City Hall is open 8 a.m. to noon on Wednesday, December 24, 2031.", "a city hall's short day"),
    ("On Friday, December 24, 2031 and Friday, December 31, 2031, county offices close early, at 2pm.",
     "offices closing early on two days"),
]


@pytest.mark.parametrize(("body", "why"), HOURS, ids=[row[1] for row in HOURS])
def test_a_places_hours_are_no_event(body: str, why: str) -> None:
    assert events_of(body) == [], why


KEPT = [
    # (body, why)
    ("The exhibition is open from 10:00 to 18:00 on Saturday, 5 May 2031 at the town museum.", "an exhibition's day"),
    ("The new health centre will be opened by the mayor on Friday, 4 April 2031 at 10:00.", "an opening"),
]


@pytest.mark.parametrize(("body", "why"), KEPT, ids=[row[1] for row in KEPT])
def test_gatherings_and_openings_stay(body: str, why: str) -> None:
    assert len(events_of(body)) == 1, why
