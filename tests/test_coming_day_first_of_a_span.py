""""el próximo 25 y 26 de marzo", "del próximo 15 al 30 de abril", "no próximo dia 25 e 26 de março": the coming
day of the month opens a span or list whose month is named after its last day; the span is read with that month, not
the first day alone as "the next 25th" (lang_iberian's form "m"). "el próximo 25, a las 10 horas" stays the next
25th. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import listed

ITEM = """Convocatoria

Source: Parlamento Ejemplo

Ciudad Ejemplo, 10 de marzo de 2030

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("La sesión ordinaria se celebrará el próximo 25 y 26 de marzo en la sede.", ["2030-03-25..2030-03-26"], "y"),
    ("El congreso tendrá lugar del próximo 25 al 27 de marzo en la sede.", ["2030-03-25..2030-03-27"], "del ... al"),
    ("La convocatoria estará abierta del próximo 15 al 30 de abril.", ["2030-04-15..2030-04-30"],
     "a span of the month after, not the 15th of this one"),
    ("A reunião será no próximo dia 25 e 26 de março na sede.", ["2030-03-25..2030-03-26"], "Portuguese e"),
    ("El pleno se reunirá el próximo 25, a las 10 horas, en la sede.", ["2030-03-25 10:00"], "the next 25th alone"),
])
def test_coming_day_opening_a_span(sentence: str, expected: list[str], why: str) -> None:
    assert listed(ITEM.format(sentence=sentence), dt.date(2030, 3, 1)) == expected, why
