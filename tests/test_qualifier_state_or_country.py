"""A council's qualifier that names a state and a country alike ("Georgia"): "Columbus City Council, Georgia" is the
American town in the state of that name, and "Athens City Council, Georgia" the American namesake of Athens, not a
place on the Caucasian country's clock. Texts in our own words (reviewer, session 48)."""

from __future__ import annotations

import pytest

from parsers.orghome import home_of


@pytest.mark.parametrize("org", [
    "Columbus City Council, Georgia",
    "Athens City Council, Georgia",
])
def test_a_state_that_shares_a_countrys_name_keeps_the_town_american(org: str) -> None:
    home = home_of(org)
    assert home is not None
    assert (home.country, home.zone) == ("US", "America/New_York")


def test_the_country_is_still_read_where_the_town_is_its_own() -> None:
    home = home_of("Batumi City Council (Georgia)")
    assert home is not None
    assert home.zone == "Asia/Tbilisi"
