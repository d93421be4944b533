"""A dateline whose town the gazetteer does not know but whose country, written out after it, keeps one clock
("Jeju Island, Republic of Korea - Tuesday 11 September 2012"): the country's clock is the item's, for its times
that name no zone. Before, the town was not found, the whole line was dropped, and the item's unlabelled times took
the clock of a town named once in a row (a speaker's agency) or the source's. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.area import dateline_place

from .conftest import REFERENCE

ITEM = """Briefing notes for the press

Source: Association of Rural Libraries

{dateline}

Reporters may attend the following:

{rows}
"""


# (dateline, rows, the zone of the rows, why)
CASES = [
    ("Boucan Canot Pier, Réunion, Friday 5 June 2026",
     "09:15 Boat visit to the mobile library\n11:00 Signing with the Mayor of Lyon's cultural office",
     "Indian/Reunion", "a comma, not a dash, before the day"),
    ("Hallstatt Lakeside Hall, Austria - Monday 8 June 2026",
     "14:00 Panel on village archives, chaired by the Head of the Madrid Reading Council",
     "Europe/Vienna", "a hall, then the country"),
]


@pytest.mark.parametrize(("dateline", "rows", "zone", "why"), CASES)
def test_the_country_after_an_unknown_town_gives_the_clock(dateline: str, rows: str, zone: str, why: str) -> None:
    events = extract(ITEM.format(dateline=dateline, rows=rows), source="libraries", reference=REFERENCE).events
    timed = [e for e in events if isinstance(e.start, dt.datetime)]
    assert timed, why
    assert all(str(e.start.tzinfo) == zone for e in timed), (why, [(e.summary, e.start) for e in timed])


def test_a_country_of_several_clocks_gives_none() -> None:
    """Indonesia keeps three clocks: its name after an unknown island says nothing sure of the hour."""
    assert dateline_place("Lombok Island, Indonesia - Thursday 4 June 2026\n\nReporters may attend.") is None


@pytest.mark.parametrize("line", [
    "Hallstatt Lakeside Hall, Austria - Monday 8 June 2026",
    "Boucan Canot Pier, Réunion, Friday 5 June 2026",
])
def test_the_dateline_names_the_country(line: str) -> None:
    place = dateline_place(f"{line}\n\nReporters may attend.")
    assert place is not None
    assert place.kind == "country"


@pytest.mark.parametrize("line", [
    "Vienna, Austria - Monday 8 June 2026",  # a town the gazetteer knows: the town, as before
    "Orchard Lane, in memory of Austria's poets - Monday 8 June 2026",  # no country right after the comma
])
def test_known_towns_and_other_lines_are_left_as_they_were(line: str) -> None:
    place = dateline_place(f"{line}\n\nReporters may attend.")
    assert place is None or place.kind != "country"
