"""A local council named town first ("Timaru District Council", "Stellenbosch Municipality", "Masterton District
Council") stands in that town and keeps its clock, though the town be one the city table lacks and its country keep
a single clock: the smaller towns' table, read only from a body's name, holds the towns of every country, not only of
those with several clocks. Shown by world-fiftysixth item 3 (Whangarei District Council), whose eight meetings went to
Brussels' clock."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.orghome import home_of


def _starts(text: str) -> list[str]:
    return [e.start.isoformat() for e in extract(text, source="t", reference=dt.date(2024, 1, 1)).events]


@pytest.mark.parametrize(("org", "zone", "country"), [
    ("Timaru District Council", "Pacific/Auckland", "NZ"),
    ("Masterton District Council", "Pacific/Auckland", "NZ"),
    ("Stellenbosch Municipality", "Africa/Johannesburg", "ZA"),
    ("Invercargill City Council", "Pacific/Auckland", "NZ"),
])
def test_council_named_town_first_is_at_home(org: str, zone: str, country: str) -> None:
    home = home_of(org)
    assert home is not None
    assert (home.zone, home.country) == (zone, country)


def test_district_councils_meeting_list_keeps_new_zealands_clock() -> None:
    text = ("Meetings this month\n\nSource: Timaru District Council\n\n"
            "The public may attend these meetings in the Council Chamber.\n\n"
            "Tuesday 9 March 2021 at 9:30am\n\nEnvironmental Services Committee\n\n"
            "Tuesday 23 March 2021 at 2:00pm\n\nCouncil\n")
    assert _starts(text) == ["2021-03-09T09:30:00+13:00", "2021-03-23T14:00:00+13:00"]


def test_municipalitys_invitation_keeps_south_africas_clock() -> None:
    text = ("Mayor opens the library\n\nSource: Stellenbosch Municipality\n\n14 January 2019\n\n"
            "Members of the media are invited to the opening of the new library.\n\n"
            "Date: Wednesday, 16 January 2019\nTime: 10h00\nVenue: Plein Street\n")
    assert _starts(text) == ["2019-01-16T10:00:00+02:00"]


@pytest.mark.parametrize("org", [
    # (found by review: a short name is as often a district, a word or a person elsewhere, and a smaller town of a
    # country of several clocks may share its name with a district of another country)
    "Eden District Council", "David City Council", "Bay District Council", "Kim Municipality",
    "Ali Municipal Corporation", "Chamber of Commerce serving the Bay", "Lucas Town Council",
])
def test_a_council_named_after_a_foreign_namesake_is_nowhere(org: str) -> None:
    assert home_of(org) is None
