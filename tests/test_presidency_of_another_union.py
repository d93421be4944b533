"""A presidency "de l'Union" or "de la Unión" followed by another Union's name is that Union's, not the Council of the
EU's: "la présidence française de l'Union pour la Méditerranée", "la Presidencia española de la Unión por el
Mediterráneo", "de l'Union africaine"."""

from __future__ import annotations

import pytest

from parsers import presidencies
from tests.year_texts import REFERENCE


@pytest.mark.parametrize("text", [
    "La présidence française de l'Union pour la Méditerranée réunit les ministres.",
    "La présidence française de l'Union africaine réunit les ministres.",
    "La Presidencia española de la Unión por el Mediterráneo reúne a los ministros.",
])
def test_another_union_bounds_nothing(text: str) -> None:
    assert presidencies.window(text, REFERENCE) is None


@pytest.mark.parametrize("text", [
    "La présidence française de l'Union européenne réunit les ministres.",
    "La Presidencia española de la Unión Europea reúne a los ministros.",
])
def test_the_eus_still_bounds(text: str) -> None:
    assert presidencies.window(text, REFERENCE) is not None
