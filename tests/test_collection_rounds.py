"""A waste collection round moved or cancelled by a holiday is no event: "garbage and recycling pickup will run one
day behind in the weeks of December 25, 2017, and January 1, 2018", "NO collection services on Monday, December
25th", "pickup moves one day later over the two weeks from December 25th to January 6th". world-fiftyfourth items 2
and 5 (two cities' holiday notices) published them as days. A gathering at a recycling centre stays. Each text is our
own, in the form the rule reads."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract

REFERENCE = dt.date(2031, 2, 3)


def events_of(body: str) -> list[Event]:
    return extract(f"Notice\n\nSource: Public works\n\nPublished 3 Feb 2031\n\n{body}\n", source="t",
                   reference=REFERENCE, default_zone="America/Chicago").events


ROUNDS = [
    # (body, why)
    ("Trash and recycling collection will be delayed by one day during the week of November 24, 2031.",
     "'collection will be delayed'"),
    ("There will be no garbage collection on Thursday, November 27, 2031.", "'no garbage collection'"),
    ("Because of the holiday, curbside pickup runs one day late in the weeks of December 22, 2031, and December 29, "
     "2031.", "'pickup runs one day late', two weeks"),
    ("Residents whose pickup falls on or after the holiday will be collected a day later from December 22 to "
     "January 3, 2032.", "'collected a day later' over a span"),
]


@pytest.mark.parametrize(("body", "why"), ROUNDS, ids=[row[1] for row in ROUNDS])
def test_a_moved_collection_round_is_no_event(body: str, why: str) -> None:
    assert events_of(body) == [], why


def test_a_gathering_at_a_recycling_centre_stays() -> None:
    body = "The recycling centre hosts an open day on Saturday, November 29, 2031 from 9 a.m. to 1 p.m."
    assert [e.start.strftime("%H:%M") for e in events_of(body) if isinstance(e.start, dt.datetime)] == ["09:00"]
