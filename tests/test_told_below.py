"""A sentence that points to the rows below it ("...; the details follow", "(see details below)") tells in short the
sessions the rows tell with their hours: its day-long events give way to the timed rows on the same days
(world-thirtyfirst 1: "from October 8 to 16" and "on October 23" were published as day events beside the timed
meetings and hearing). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Road plan: drop-in sessions

Source: County Roads Office

Published: 2 March 2026

{lead}

10 March, 4-7pm
Town Hall, Carlow

12 March, 4-7pm
Library, Naas

14 March, 10am-1pm
Community Centre, Kildare
"""

# (lead sentence, the all-day events left, why)
CASES = [
    ("Three drop-in sessions are held between 10 and 14 March (see details below).", [],
     "a span pointing to the rows, both ends timed below"),
    ("Drop-in sessions take place from 10 to 14 March, and the board meets on 12 March; the details follow.", [],
     "a span and a day of one sentence, all timed below"),
    ("Drop-in sessions are held from 10 to 16 March; times are listed below.", ["2026-03-10"],
     "a span whose last day the rows do not time stays"),
]


@pytest.mark.parametrize(("lead", "expected", "why"), CASES)
def test_day_long_events_of_a_pointing_sentence_give_way(lead: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(lead=lead), source="roads", reference=REFERENCE, default_zone="Europe/Dublin").events
    assert sorted(f"{e.start:%Y-%m-%d}" for e in events if not isinstance(e.start, dt.datetime)) == expected, why
    assert len([e for e in events if isinstance(e.start, dt.datetime)]) == 3


def test_a_span_with_no_pointer_stays() -> None:
    """'The festival runs from 10 to 14 March.' over its highlights: the festival is an event of its own."""
    text = ITEM.format(lead="The roadshow runs from 10 to 14 March across the county.")
    events = extract(text, source="roads", reference=REFERENCE, default_zone="Europe/Dublin").events
    assert [e for e in events if not isinstance(e.start, dt.datetime)]
