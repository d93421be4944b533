"""A host's name after another body's name is that body's gathering, and a climate conference "in" a host with "a"
before it is any such conference: neither is NATO's summit or the UN's climate conference there. "The Eastern
Partnership Riga Summit", "a climate conference in Paris" bound no undated item's year."""

from __future__ import annotations

import pytest

from parsers import namedsummits
from tests.year_texts import REFERENCE, days_of, events_of


@pytest.mark.parametrize("text", [
    "The Eastern Partnership Riga Summit follows up; NATO observers attend.",
    "The university hosts a climate conference in Paris with students.",
    "The city council hosts a climate summit in Madrid for local businesses.",
])
def test_other_gatherings_bound_nothing(text: str) -> None:
    assert namedsummits.window(text, REFERENCE) is None


@pytest.mark.parametrize("text", [
    "At the Vilnius Summit, NATO leaders meet.",
    "Allied leaders meet at the NATO Vilnius Summit.",
    "Ministers prepare the climate conference in Dubai.",
    "Ministers prepare the UN climate conference in Dubai.",
])
def test_the_gatherings_themselves_still_bound(text: str) -> None:
    assert namedsummits.window(text, REFERENCE) is not None


def test_a_universitys_climate_conference_leaves_the_year_to_the_reference_date() -> None:
    events = events_of("The university hosts a climate conference in Paris on 14 May at 10:00 with students.",
                       "Media advisory")
    # (no gathering's year: the day told as to come is the nearer 14 May, after the reference date 1 December 2026)
    assert days_of(events) == ["2027-05-14"]
