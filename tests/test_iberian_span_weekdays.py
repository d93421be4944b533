"""A Spanish or Portuguese span whose days each follow their weekday ("del sábado 27 al lunes 29 de julio de 2019",
"de sexta-feira 4 a domingo 6 de outubro de 2024"): the weekdays hid the span, and only its last day was read.
Shown by world-fiftythird 10's heading "DEL SABADO 27 AL LUNES 29 DE JULIO" over a festival's daily hours. Items in
our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "Programa\n\nSource: {org}\n\n{body}\n"


@pytest.mark.parametrize(("org", "body", "first", "last"), [
    ("Alcaldía de Ejemplo",
     "El festival gastronómico se celebra del sábado 27 al lunes 29 de julio de 2019 en la explanada.",
     dt.date(2019, 7, 27), dt.date(2019, 7, 29)),
    ("Prefeitura de Exemplo",
     "A feira do livro acontece de sexta-feira 4 a domingo 6 de outubro de 2024 no parque municipal.",
     dt.date(2024, 10, 4), dt.date(2024, 10, 6)),
    ("Club Deportivo de Ejemplo",
     "El torneo juvenil se juega entre el viernes 8 y el domingo 10 de marzo de 2024 en el estadio.",
     dt.date(2024, 3, 8), dt.date(2024, 3, 10)),
])
def test_the_span_keeps_both_days(org: str, body: str, first: dt.date, last: dt.date) -> None:
    events = extract(ITEM.format(org=org, body=body), source="x", reference=dt.date(2024, 1, 10)).events
    assert [(e.start, e.end) for e in events] == [(first, last + dt.timedelta(days=1))]
