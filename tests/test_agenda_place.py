"""Where an agenda's rows happen: a first line of only the town and the meeting's dates ("Quito, Ecuador. May 4 to 5,
2027") names it, and an organisation called "Latin American ..." is not in the United States (world-fifteenth 14).
Items in our own words."""

from __future__ import annotations

import pytest

from parsers import extract
from parsers.area import dateline_place
from parsers.orghome import home_of

from .conftest import REFERENCE

AGENDA = """Regional water forum: programme

Source: Latin American Water Utilities Network

Quito, Ecuador. May  4 to 5, 2027


Tuesday, 4 May 2027 Morning
08:30 – 09:00 Welcome
09:00 – 10:30 Panel on rural supply
"""


def test_a_line_of_town_and_dates_heading_an_agenda_puts_its_rows_there() -> None:
    place = dateline_place("Quito, Ecuador. May  4 to 5, 2027\n\nTuesday, 4 May 2027 Morning\n")
    assert place is not None
    assert place.zone == "America/Guayaquil"
    timed = [e for e in extract(AGENDA, source="rows", reference=REFERENCE).events if not e.all_day]
    assert [(f"{e.start:%H:%M}", e.timezone) for e in timed] == [("08:30", "America/Guayaquil"),
                                                                  ("09:00", "America/Guayaquil")]


def test_a_town_line_with_no_year_is_no_dateline() -> None:
    assert dateline_place("Quito, the capital, hosts talks\n") is None


def test_a_regional_adjective_in_a_name_is_no_nation() -> None:
    assert home_of("Latin American Water Utilities Network") is None
    assert home_of("Inter-American Press Office") is None
    home = home_of("American Heritage Society")
    assert home is not None
    assert home.country == "US"


@pytest.mark.parametrize(("line", "zone"), [
    ("Bogotá, 2 February 2027", "America/Bogota"),
    ("Genève, 2 février 2027", "Europe/Zurich"),
    ("Ciudad de México, 2 de febrero de 2027", "America/Mexico_City"),
])
def test_a_towns_dateline_in_its_own_spelling_with_accents_and_particles(line: str, zone: str) -> None:
    place = dateline_place(f"{line}\n\nThe talks open on 10 February 2027 at 9:00 in the hall.\n")
    assert place is not None, line
    assert place.zone == zone, line


# (line, the zone of the place it heads the item with, or "" for none, why)
COUNTRY_LINES = [
    ("Singapore, 2 February 2027", "Asia/Singapore", "a city-state dated as a town is"),
    ("Hong Kong, 2 February 2027", "Asia/Hong_Kong", "a territory of one clock, the same"),
    ("Luxembourg, 2 February 2027", "Europe/Luxembourg", "the country and its capital share the name"),
    ("Canada, 2 February 2027", "", "a country of several clocks says no hour's zone"),
    ("Ukraine: talks resume on 2 February 2027", "", "a country before a colon is the heading's topic"),
    ("Singapore — The agency holds a webinar on 2 February 2027", "Asia/Singapore",
     "a city-state before a dash opens the story as a town does"),
    ("Canada — The agency holds a webinar on 2 February 2027", "", "but not a country of several clocks"),
]


@pytest.mark.parametrize(("line", "zone", "why"), COUNTRY_LINES)
def test_a_country_of_one_clock_dated_like_a_town_heads_the_item(line: str, zone: str, why: str) -> None:
    place = dateline_place(f"{line}\n\nThe talks open on 10 February 2027 at 9:00 in the hall.\n")
    assert (place.zone if place else "") == zone, why
