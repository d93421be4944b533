"""An anniversary "of its" office, wing or programme counts from that part's own opening, not from the founding the
sentence gives: "The company, founded in 1990, invites clients to the 5th anniversary of its Berlin office" is not
held in 1995. "Founded in 1961, the agency marks its 60th anniversary" and "the 60th anniversary of its founding" still
count from the founding."""

from __future__ import annotations

import pytest

from parsers import foundings
from tests.year_texts import REFERENCE


@pytest.mark.parametrize("text", [
    "The company, founded in 1990, invites clients to the 5th anniversary of its Berlin office.",
    "The museum, established in 1985, celebrates the 10th anniversary of its new wing.",
])
def test_a_parts_anniversary_counts_nothing(text: str) -> None:
    assert foundings.founded_anniversary(text, REFERENCE) is None


@pytest.mark.parametrize(("text", "year"), [
    ("Founded in 1961, the agency marks its 60th anniversary with a reception.", 2021),
    ("Founded in 1961, the agency marks the 60th anniversary of its founding.", 2021),
])
def test_the_foundings_own_still_counts(text: str, year: int) -> None:
    found = foundings.founded_anniversary(text, REFERENCE)
    assert found is not None
    assert found[0] == year
