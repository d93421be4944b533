"""A dateline that opens with its town ("Matera - mercoledì 23 giugno 2021") over a line of nothing but a clock off
the five minutes ("12.14") is a stamp: when the story went up, no event at 12:14 (world-hundredseventh 1: a local
paper's programme of a ministerial meeting). A time on the five stays an event of that day, as under a bare date.
Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """The trade ministers' programme is out

Source: Local news desk

Politics
{town}Tuesday 9 June 2026
{clock}

The trade ministers will be welcomed by the mayor before their meeting. The programme was released today.

Wednesday 17 June 2026
10:00 – 12:00: first working session (Town Hall)
"""


def _starts(town: str, clock: str) -> list[str]:
    events = extract(ITEM.format(town=town, clock=clock), source="desk", reference=dt.date(2026, 6, 1),
                     default_zone="Europe/Rome").events
    return [e.start.strftime("%m-%d %H:%M") for e in events if e.start.hour or e.start.minute]


def test_a_filing_minute_under_a_town_dateline_is_no_event() -> None:
    assert _starts("Lecce - ", "12.14") == ["06-17 10:00"]


def test_a_filing_minute_under_a_town_and_comma_is_no_event() -> None:
    assert _starts("Lecce, ", "16:47") == ["06-17 10:00"]


def test_a_time_on_the_five_under_a_town_dateline_stays_an_event() -> None:
    assert "06-09 12:30" in _starts("Lecce - ", "12.30")
