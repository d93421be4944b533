"""A town followed by "de" and a capitalised weekday or month, as a heading writes them ("Santo Domingo de Lunes a
Viernes", "Lima de Enero a Marzo"), is the town and a span of days, not a longer name that only begins as the town
does. Texts in our own words (reviewer, session 48)."""

from __future__ import annotations

import pytest

from parsers.places import find_places


@pytest.mark.parametrize(("text", "town"), [
    ("Atención al Público en Santo Domingo de Lunes a Viernes", "Santo Domingo"),
    ("Exposición Itinerante en San Juan de Enero a Marzo", "San Juan"),
])
def test_a_span_of_days_after_the_town_keeps_it(text: str, town: str) -> None:
    assert town in [m.place.name for m in find_places(text)]
