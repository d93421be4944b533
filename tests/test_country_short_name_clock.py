"""A clock named after a country's everyday short name, which the gazetteer (by official and local names) lacks:
"10.00 a.m. Korea time", "East Timor time", "Holland time" (world-fiftieth 1: a climate panel's press conference
in Incheon, 'Korea time', was read on Geneva's clock, the dateline's, seven hours late). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.zones import UnknownZone, resolve

ITEM = """Launch of the regional ocean report

Source: Pacific Ocean Science Partnership

NEW YORK, 2 October – The report is presented to the press at {when}, in the partnership's offices.
"""


@pytest.mark.parametrize(("when", "utc"), [
    ("10.00 a.m. Korea time on Tuesday, 14 October 2031", "2031-10-14 01:00"),
    ("9 a.m. East Timor time on Tuesday, 14 October 2031", "2031-10-14 00:00"),
    ("3 p.m. Holland time on Tuesday, 14 October 2031", "2031-10-14 13:00"),
])
def test_the_press_conference_on_the_named_clock(when: str, utc: str) -> None:
    events = extract(ITEM.format(when=when), source="test", reference=dt.date(2031, 10, 2),
                     default_zone="America/New_York").events
    assert [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day] == [utc]


def test_a_land_of_several_clocks_stays_unknown() -> None:
    with pytest.raises(UnknownZone):
        resolve(dt.datetime.combine(dt.date(2031, 10, 14), dt.time(10)), "America time")
