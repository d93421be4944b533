"""Spanish "dio" and Portuguese "deu" (gave: "dio a conocer este 6 de enero", "deu início no dia 3 de março") are
preterites with no ending of their own: a date they tell of happened before the text. Shown by world-fiftythird 4,
whose announcement "La UNAM dio a conocer este 6 de enero la convocatoria" was published as an event. Items in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "Nota\n\nSource: {org}\n\n8 de marzo de 2021\n\n{body}\n"


@pytest.mark.parametrize(("org", "body"), [
    ("Universidad de Ejemplo", "La universidad dio a conocer este 6 de enero la convocatoria del concurso de ingreso."),
    ("Instituto de Ejemplo", "El instituto dio a conocer el 3 de marzo de 2021 los resultados del concurso de becas."),
    ("Ministério de Exemplo", "O ministério deu início no dia 3 de março de 2021 à campanha de vacinação."),
])
def test_a_day_told_with_gave_is_history(org: str, body: str) -> None:
    assert extract(ITEM.format(org=org, body=body), source="x", reference=dt.date(2021, 3, 8)).events == []
