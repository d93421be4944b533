"""A line under a start field that names a free thing ("Free yoga class for beginners in the park", "Gratis workshop
voor ouders") says what happens, at no cost: it names the entry; only a line of what it costs ("Toegang gratis",
"Admission free") names nothing. Texts in our own words (review of s51-leftB)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_INTRO = "Activities at the library\n\nThe library holds activities this spring.\n\n"


def _summaries(card: str) -> list[str]:
    return [e.summary for e in extract(_INTRO + card + "\n", source="t", reference=dt.date(2026, 3, 1)).events]


@pytest.mark.parametrize(
    ("card", "named"),
    [
        ("Date: 14 March 2026\nStart: 7.30 pm\nFree yoga class for beginners in the park", "Free yoga class"),
        ("Datum: 14 maart 2026\nAanvang: 19.30 uur\nGratis workshop voor ouders over mediawijsheid", "Gratis workshop"),
    ],
)
def test_a_free_thing_names_the_entry(card: str, named: str) -> None:
    assert [named in s for s in _summaries(card)] == [True]


def test_what_it_costs_names_nothing() -> None:
    assert _summaries("Date: 14 March 2026\nStart: 7.30 pm\nAdmission free") == ["Activities at the library"]
