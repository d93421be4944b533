"""A legislature's number is the parliament's named nearest to it: Albania's Assembly numbers its own legislatures,
and its notice of a joint session with the Assembly of Kosovo ("Kuvendi i Shqipërisë, Legjislatura IX", "The
Assembly of Albania (9th legislature)") is not in Kosovo's 9th legislature (2025-2029). Texts in our own words
(reviewer, session 48)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import numberedsessions


@pytest.mark.parametrize("text", [
    "Kuvendi i Shqipërisë, Legjislatura IX. Seanca e përbashkët me delegacionin e Kuvendit të Kosovës mbahet të"
    " enjten, 14 mars, në orën 10:00.",
    "The Assembly of Albania (9th legislature) holds a joint session with a delegation of the Assembly of Kosovo on"
    " Thursday, 14 March at 10:00.",
])
def test_another_parliaments_legislature_bounds_nothing(text: str) -> None:
    assert numberedsessions.window(text, dt.date(2019, 3, 1)) is None


def test_the_named_parliaments_own_legislature_still_bounds() -> None:
    window = numberedsessions.window("A delegation of the Assembly of Albania visits the 8th legislature of the"
                                     " Assembly of Kosovo on Thursday, 14 March.", dt.date(2019, 3, 1))
    assert window is not None
    assert window.spans[0][0] == dt.date(2021, 1, 1)
