"""A Spanish or Portuguese preterite before a day that it names as the date of something ("La Junta acordó el 20 de
marzo como fecha de la sesión", "confirmó el viernes 20 de marzo como fecha de la firma"): the day is the object the
verb sets, to come, not the day of a deed done (donedays._iberian_done); "se reunió el lunes 9 de marzo" stays a deed
done. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import listed

ITEM = """Comunicado

Source: Parlamento Ejemplo

Ciudad Ejemplo, 10 de marzo de 2030

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("La Junta Directiva acordó el 20 de marzo como fecha de la próxima sesión plenaria.", ["2030-03-20"], "agreed"),
    ("El presidente confirmó el viernes 20 de marzo como fecha de la firma del acuerdo.", ["2030-03-20"],
     "confirmed"),
    ("La comisión se reunió el lunes 9 de marzo en la sede.", [], "met: a deed done"),
])
def test_a_day_set_as_a_date(sentence: str, expected: list[str], why: str) -> None:
    assert listed(ITEM.format(sentence=sentence), dt.date(2030, 3, 1)) == expected, why
