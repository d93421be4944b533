"""An anniversary counted from an act dated with "in": "on 4 April, the 75th anniversary of the founding in 1949", "le
60e anniversaire de la signature du traité en 1963". The year after "in" is the founding's or the signing's, so the
anniversary is held that many years later (2024, 2023), not in the year the act was done nor in the year guessed from
the reference date. "The 5th anniversary of the centre in 2019" still names the anniversary's own year (no act of
origin before "in"). Issue #10, the forms left by earlier sessions; the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(body: str) -> list[str]:
    text = f"Founding day\n\nSource: Alliance\n\n{body}\n"
    return sorted(f"{e.start}" for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("The alliance will hold a ceremony on 4 April, the 75th anniversary of the founding in 1949.", ["2024-04-04"],
     "a founding"),
    ("On 4 April, the 75th anniversary of the signing of the treaty in 1949, leaders will meet in Washington.",
     ["2024-04-04"], "a signing, its object between"),
    ("La ville célébrera le 4 avril le 60e anniversaire de la signature du traité en 1963.", ["2023-04-04"], "French"),
])
def test_the_count_from_the_acts_year(body: str, expected: list[str], why: str) -> None:
    assert _days(body) == expected, why


def test_no_act_before_in_names_no_base_year() -> None:
    """'the 3rd anniversary of the library in 2021': no founding said, so 2021 is no year to count from (2024)."""
    assert _days("The centre will mark the 3rd anniversary of the library in 2021 with a concert on 4 April.") \
        != ["2024-04-04"]
