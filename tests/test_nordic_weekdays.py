"""Swedish, Danish and Norwegian weekdays before a date ("måndagen den 14 mars", "søndag. 5. juni") are read with
it, so that an item with no year takes the year its weekday fits (world-fortieth 1: a deadline on Monday 14 March
and a press conference on 16 March, with no year anywhere, were put in the present year). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "weekday"), [
    ("Anmälan senast måndagen den 14 mars kl. 16.00.", 0),
    ("Tilmelding senest søndag. 5. juni kl. 14:00.", 6),
    ("Møtet holdes tirsdag 7. juni i Oslo.", 1),
    ("Seminariet hålls fredagen den 3 juni.", 4),
])
def test_a_nordic_weekday_goes_with_its_date(text: str, weekday: int) -> None:
    days = [m for m in find_mentions(text, "dmy") if m.first is not None and m.first.day is not None]
    assert [d.first.weekday for d in days] == [weekday]


ITEM = """Ministers meet the press

Source: Ministry of Justice

The ministers meet on 16 mars; the press conference is den 16 mars kl. 13.05 at the Town Hall.
Register no later than måndagen den 14 mars kl. 16.00.
"""


def test_the_weekday_gives_the_year() -> None:
    events = extract(ITEM, source="ministry", reference=dt.date(2026, 12, 3), default_zone="Europe/Stockholm").events
    assert {e.start.year for e in events} == {2022}
