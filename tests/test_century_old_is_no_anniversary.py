"""The word of a hundred years used as an adjective, "century-old" ("La centenaria Universidad, fundada en 1918",
"el centenario Club, fundado en 1920"), names no anniversary held a hundred years after the founding: the item's
year-less days are not put in that year (issue #10, "Years"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _years(said: str) -> list[int]:
    text = f"Congreso universitario\n\nSource: Universidad Nacional\n\n{said}\n"
    return [e.start.year for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("said", [
    "La centenaria Universidad, fundada en 1918, celebra su congreso el 5 de mayo a las 10:00.",
    "El centenario Club, fundado en 1920, celebra su asamblea el 5 de mayo a las 10:00.",
])
def test_century_old_is_no_anniversary(said: str) -> None:
    years = _years(said)
    assert years
    assert 2018 not in years
    assert 2020 not in years


def test_the_noun_still_dates() -> None:
    assert _years("La Universidad, fundada en 1925, celebra su centenario el 5 de mayo a las 10:00.") == [2025]
