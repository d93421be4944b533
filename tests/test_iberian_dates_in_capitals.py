"""A Spanish or Portuguese date set in capitals ("SABADO 13 DE JULIO", "SÁBADO, 12 DE OUTUBRO DE 2024", "DEL 3 AL 5
DE MARZO DE 2025"): programmes print their day headings so, and the "DE" between day and month is as large as the
rest. Shown by world-fiftythird 10 (an anniversary programme's headings over "Hora:" rows, every row put on the one
other date of the item) and 11 ("JUEVES" / "14 DE JUNIO" over three timed titles). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "{title}\n\nSource: {org}\n\n{body}\n"
CASES = [
    ("Feria de las flores: programa", "Alcaldía de Ejemplo",
     "VIERNES 2 DE AGOSTO DE 2024\nHora: 07:00 p.m.\n"
     "Evento: Concierto inaugural\nLugar: Parque de la Ciudad\nSABADO 3 DE AGOSTO DE 2024\nHora: 10:00 a.m.\n"
     "Evento: Desfile de silleteros\nLugar: Avenida Principal",
     ["2024-08-02 19:00", "2024-08-03 10:00"]),
    ("Feira do livro 2024", "Prefeitura de Exemplo",
     "SÁBADO, 12 DE OUTUBRO DE 2024\nàs 14h – abertura da feira, na Praça Central\nàs 18h – sessão de autógrafos",
     ["2024-10-12 14:00", "2024-10-12 18:00"]),
]


@pytest.mark.parametrize(("title", "org", "body", "expected"), CASES)
def test_a_heading_in_capitals_dates_the_rows_below(title: str, org: str, body: str, expected: list[str]) -> None:
    events = extract(ITEM.format(title=title, org=org, body=body), source="x", reference=dt.date(2024, 1, 10)).events
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events) == expected


def test_a_span_in_capitals() -> None:
    body = "El congreso regional de bibliotecas se celebra DEL 3 AL 5 DE MARZO DE 2025 en el auditorio central."
    events = extract(ITEM.format(title="Congreso", org="Red de Bibliotecas de Ejemplo", body=body), source="x",
                     reference=dt.date(2024, 1, 10)).events
    assert [(e.start, e.end) for e in events] == [(dt.date(2025, 3, 3), dt.date(2025, 3, 6))]
