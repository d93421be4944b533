"""A known founding's name before a noun of its own names another thing, founded in another year: "UN Women" (2010),
"the UN Convention on the Rights of the Child" (1989), "NATO membership" (a country's). Its anniversary is not
counted from the founding's year."""

from __future__ import annotations

import pytest

from parsers import foundings
from tests.year_texts import REFERENCE, days_of, events_of


@pytest.mark.parametrize("text", [
    "The 10th anniversary of UN Women is marked in New York.",
    "The 30th anniversary of the UN Convention on the Rights of the Child is celebrated in Geneva.",
    "Poland marks the 25th anniversary of NATO membership.",
    "The 20th anniversary of the WHO Framework Convention on Tobacco Control is marked.",
    "Viet Nam celebrates the 25th anniversary of ASEAN accession.",
])
def test_a_name_before_its_own_noun_counts_nothing(text: str) -> None:
    assert foundings.known_anniversary(text, REFERENCE) is None


@pytest.mark.parametrize(("text", "year"), [
    ("The 75th anniversary of NATO is marked in Washington.", 2024),
    ("The 80th anniversary of the United Nations, on 24 October, is marked.", 2025),
    ("The 60th anniversary of the Élysée Treaty is marked in Paris.", 2023),
    ("Le 75e anniversaire de l'OTAN et des alliés est célébré.", 2024),
])
def test_the_founding_itself_still_counts(text: str, year: int) -> None:
    found = foundings.known_anniversary(text, REFERENCE)
    assert found is not None
    assert found[0] == year


def test_un_womens_anniversary_is_not_put_in_1955() -> None:
    events = events_of("The 10th anniversary of UN Women is marked on 14 March at 10:00 in New York.",
                       "Media advisory")
    assert all(not day.startswith("1955") for day in days_of(events))
