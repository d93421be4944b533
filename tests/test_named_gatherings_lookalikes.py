"""Names that look like a summit, a World Cup or a Games named by its host but are another gathering's: a summit "on"
a cause, an age-grade or other sport's World Cup, a host's team before "World Cup", a festival or fair named after a
city's games. None of them bounds an undated item's year."""

from __future__ import annotations

import pytest

from parsers import namedsummits
from tests.year_texts import REFERENCE, days_of, events_of


@pytest.mark.parametrize("text", [
    "The Prime Minister hosts the London Summit on Ukraine; the NATO Secretary General attends.",
    "Leaders gather at the Madrid Summit for Climate Finance, with NATO allies among them.",
    "Ahead of the FIFA U-17 World Cup in Qatar, the national football team trains in Doha.",
    "The Futsal World Cup in Brazil draws football fans.",
    "Tickets for the Brazil World Cup qualifier against Chile go on sale for football fans.",
    "The London Games Festival returns to Olympia London with indie developers.",
    "Paris Games Week opens its doors; Olympic medallists play the new football game.",
])
def test_lookalikes_bound_nothing(text: str) -> None:
    assert namedsummits.window(text, REFERENCE) is None


@pytest.mark.parametrize("text", [
    "NATO leaders meet at the London Summit.",
    "Ahead of the FIFA World Cup in Qatar, the national football team trains in Doha.",
    "The Qatar World Cup draws football fans.",
    "Athletes prepare for the London Games, the Olympic chief says.",
])
def test_the_gatherings_themselves_still_bound(text: str) -> None:
    assert namedsummits.window(text, REFERENCE) is not None


def test_an_age_grade_world_cup_leaves_the_year_to_the_reference_date() -> None:
    events = events_of("Ahead of the FIFA U-17 World Cup in Qatar, the national football team trains in Doha on"
                       " 3 November at 10:00.", "Media advisory")
    assert days_of(events) == ["2026-11-03"]
