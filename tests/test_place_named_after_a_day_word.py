"""A place named after a day written in words, the word in capitals after a noun of place ("en el barrio del Dos de
Mayo", "la Plaza del Dos de Mayo", "na avenida do Sete de Setembro"), is no day (daywords); "las elecciones del tres de
mayo" and "el desfile del Siete de Septiembre" are. Texts of our own."""

from __future__ import annotations

import pytest

from parsers.daywords import day_words


@pytest.mark.parametrize(("text", "expected"), [
    ("La asamblea vecinal se celebrará en el barrio del Dos de Mayo, a las 19 horas.", []),
    ("La concentración será en la Plaza del Dos de Mayo.", []),
    ("O ato será na avenida do Sete de Setembro.", []),
    ("Las elecciones del tres de mayo se celebrarán con normalidad.", [(3, 5)]),
    ("El desfile del Siete de Septiembre recorrerá el centro.", [(7, 9)]),
])
def test_day_word_or_place_name(text: str, expected: list[tuple[int, int]]) -> None:
    assert [(m.first.day, m.first.month) for m in day_words(text) if m.first is not None] == expected
