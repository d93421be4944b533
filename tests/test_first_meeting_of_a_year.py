"""A body's first (next, last) meeting "of 2018" as the year of an item's year-less days (issue #10, "Years": a
report that a central bank's first meeting of a year is moved gives the new day without its year). Seen in
world-hundredfortyfirst (a monetary policy committee's meeting, "A primeira reunião de 2018 ... passa para o dia 26
de Fevereiro corrente", was put in 2026, the reference date's year); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers.releaseyear import item_year
from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_portuguese_first_meeting_of_a_year() -> None:
    text = ("Conselho adia reunião\n\nSource: Banco Central de Cabo Verde\n\n"
            "A primeira reunião de 2019 do Conselho de Política Monetária foi adiada e realiza-se a 14 de Março.\n")
    assert _starts(text) == ["2019-03-14"]


def test_spanish_and_english() -> None:
    assert item_year("La primera sesión de 2021 del Consejo será el 9 de febrero.", _REFERENCE) is not None
    found = item_year("The first meeting of 2020 moves to 12 February.", _REFERENCE)
    assert found is not None
    assert found[0] == 2020


def test_a_year_counted_from_is_no_meeting_of_it() -> None:
    assert item_year("Since the first meetings in 2019, the board has met on 14 March each year.", _REFERENCE) is None
