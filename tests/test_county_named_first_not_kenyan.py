"""A county named before its "County Government of" ("Fairfax County Government of Virginia", "Montserrado County
Government of Liberia") is the American or Liberian order, not a Kenyan county's own name for its government ("County
Government of Embu"): it says no Kenya, and its events keep their own reading (issue #10, "Zone"). The texts are
ours."""

from __future__ import annotations

import pytest

from parsers.institutioncountry import institution_country


@pytest.mark.parametrize("org", ["Fairfax County Government of Virginia", "Montserrado County Government of Liberia"])
def test_a_county_named_first_is_not_kenyan(org: str) -> None:
    assert institution_country(org) is None


@pytest.mark.parametrize("org", ["County Government of Embu", "The County Assembly of Nakuru"])
def test_the_kenyan_order_still_names_kenya(org: str) -> None:
    assert institution_country(org) == "KE"
