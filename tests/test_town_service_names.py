"""A town's own public service named town first ("Poway Fire Department", "Santa Cruz Police Department", "Gilroy
Chamber of Commerce") or "serving" its towns ("Chamber of Commerce serving Maple Ridge and Pitt Meadows"): the
town is where the body stands and whose clock its times keep, though it be a smaller town the gazetteer takes only
from a body's name; and "Police Department", "Fire Department", "Sheriff's Office" are North America's names of a
city's services, so a town of several namesakes is the American one. Shown by world-fiftysecond items 4 (Maple
Ridge), 5 (Poway) and 14 (Santa Cruz), whose times went to Brussels' and Manila's clocks."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.orghome import home_of


def _starts(text: str) -> list[str]:
    return [e.start.isoformat() for e in extract(text, source="t", reference=dt.date(2024, 1, 1)).events]


@pytest.mark.parametrize(("org", "zone", "country"), [
    ("Poway Fire Department", "America/Los_Angeles", "US"),
    ("Gilroy Chamber of Commerce", "America/Los_Angeles", "US"),
    ("Cobourg Police Service", "America/Toronto", "CA"),
    ("Chamber of Commerce serving Maple Ridge and Pitt Meadows", "America/Vancouver", "CA"),
    ("Santa Cruz Police Department", "America/Los_Angeles", "US"),
    ("Santa Cruz Fire Department", "America/Los_Angeles", "US"),
])
def test_town_first_service_is_at_home(org: str, zone: str, country: str) -> None:
    home = home_of(org)
    assert home is not None
    assert (home.zone, home.country) == (zone, country)


@pytest.mark.parametrize("org", [
    "Richmond Fellowship",  # a body named after a person or a district, anywhere
    "Victoria Hospice",
    "Philippine National Police",
])
def test_other_names_keep_their_reading(org: str) -> None:
    home = home_of(org)
    assert home is None or home.zone != "America/Los_Angeles"


def test_open_house_keeps_the_towns_clock() -> None:
    text = ("Station tours on Saturday\n\nSource: Bend Fire Department\n\nSeptember 12, 2019\n\n"
            "Firefighters will show visitors round the central station on Saturday from 10 a.m. to 2 p.m.\n")
    assert _starts(text) == ["2019-09-14T10:00:00-07:00"]


def test_town_hall_of_a_namesake_town() -> None:
    text = ("Town hall\n\nSource: Santa Cruz Police Department\n\nMarch 5, 2019\n\n"
            "The department hosts a town hall meeting from 6 to 7 p.m. Thursday, March 7, in the Community Room.\n")
    assert _starts(text) == ["2019-03-07T18:00:00-08:00"]


def test_the_town_named_again_in_the_text_is_the_same_town() -> None:
    text = ("Neighbourhood forum\n\nSource: Santa Cruz Fire Department\n\nMay 2, 2022\n\nSANTA CRUZ\n\n"
            "Firefighters hold a forum at the Santa Cruz Civic Auditorium from 5 to 6 p.m. Wednesday, May 4.\n")
    assert _starts(text) == ["2022-05-04T17:00:00-07:00"]
