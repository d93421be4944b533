"""A central bank's governor told as such only after the name, or in the sentence's words, is no state's governor:
"Governor Carney of the Bank of England" is not Delaware's, "Governor Bullock speaks at the Reserve Bank" not
Montana's. A state's governor beside a food bank is still the state's."""

from __future__ import annotations

import pytest

from parsers import officeholders
from tests.year_texts import REFERENCE, days_of, events_of


@pytest.mark.parametrize("text", [
    "Governor Carney of the Bank of England presents the Inflation Report.",
    "Governor Bullock will speak on the inflation outlook at the Reserve Bank in Sydney.",
    "Governor Bullock explains the Board's monetary policy decision.",
])
def test_a_central_banks_governor_bounds_nothing(text: str) -> None:
    assert officeholders.window(text, REFERENCE) is None


@pytest.mark.parametrize("text", [
    "Governor Carney visits the Food Bank of Delaware.",
    "Governor Bullock signs the budget in Helena.",
])
def test_a_states_governor_still_bounds(text: str) -> None:
    assert officeholders.window(text, REFERENCE) is not None


def test_the_reserve_banks_governor_leaves_the_year_to_the_reference_date() -> None:
    events = events_of("Governor Bullock will speak on the inflation outlook at the Reserve Bank in Sydney on 14 March"
                       " at 10:00.", "Media advisory")
    # (no holder's term: the day told as to come is the nearer 14 March, after the reference date 1 December 2026)
    assert days_of(events) == ["2027-03-14"]
