"""An anniversary of a known founding "to be celebrated in" a place is to come, not gone: only a year after "in" (which
the sentence's own year already tells) or "was celebrated" tells it as past."""

from __future__ import annotations

import pytest

from parsers import foundings
from tests.year_texts import REFERENCE


@pytest.mark.parametrize(("text", "year"), [
    ("The 75th anniversary of NATO will be celebrated in Washington.", 2024),
    ("The 60th anniversary of the Élysée Treaty is celebrated in Paris and Berlin.", 2023),
])
def test_celebrated_in_a_place_is_to_come(text: str, year: int) -> None:
    found = foundings.known_anniversary(text, REFERENCE)
    assert found is not None
    assert found[0] == year


@pytest.mark.parametrize("text", [
    "The 70th anniversary of NATO was celebrated in London.",
    "The 70th anniversary of NATO, celebrated in 2019, is recalled.",
])
def test_celebrated_as_past_is_gone(text: str) -> None:
    assert foundings.known_anniversary(text, REFERENCE) is None
