"""South Africa's three kinds of municipality, "Metropolitan Municipality", "Local Municipality" and "District
Municipality" (the Municipal Structures Act's categories), after a town's name say the country: "Richmond Local
Municipality" is in KwaZulu-Natal, not Virginia, and the council's "Richmond Council Chamber" in its notice is its
own town's. Seen in world-hundredtwentyninth ("Buffalo City Metropolitan Municipality" read as Buffalo, New York).
The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places

_REFERENCE = dt.date(2026, 1, 10)


@pytest.mark.parametrize("name", ["Richmond Local Municipality", "Buffalo City Metropolitan Municipality",
                                  "Newcastle Local Municipality"])
def test_a_municipality_of_south_africa_is_there(name: str) -> None:
    assert [(m.place.name, m.place.country) for m in find_places(f"Source: {name}")] == [(name, "ZA")]


def test_a_city_council_keeps_the_gazetteers_town() -> None:
    assert [m.place.country for m in find_places("Richmond City Council")] == ["US"]


def test_the_council_of_a_municipality_meets_on_south_african_time() -> None:
    text = ("Special Council Meeting\n\nSource: Richmond Local Municipality\n\n"
            "The Speaker of the Richmond Council has convened a special meeting in the Richmond Council Chamber on "
            "Thursday, 12 February 2026 at 10:00 to adopt the adjustments budget.\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert [(f"{e.start:%Y-%m-%d %H:%M}", str(e.start.tzinfo)) for e in events] \
        == [("2026-02-12 10:00", "Africa/Johannesburg")]


def test_the_bodys_own_town_in_its_notice_is_the_municipality() -> None:
    # (an invented metropolitan municipality, named as Buffalo City is, after a town the gazetteer has abroad)
    text = ("Council meeting\n\nSource: Madison City Metropolitan Municipality\n\n"
            "Notice is given that the Speaker of the Madison City Metropolitan Council has authorised the Municipal "
            "Manager to convene a meeting of Council on Thursday, 12 February 2026 at 10:00.\n\n"
            "Residents can follow the meeting on the Madison City Metropolitan Municipality webpage.\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert [(f"{e.start:%Y-%m-%d %H:%M}", str(e.start.tzinfo)) for e in events] \
        == [("2026-02-12 10:00", "Africa/Johannesburg")]
