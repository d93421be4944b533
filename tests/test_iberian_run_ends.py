"""The end of a run told alone in Spanish or Portuguese, with "próximo" ("las celebraciones seguirán hasta el próximo 4
de setiembre", "a exposição fica aberta até o próximo dia 4 de setembro"): the day something stops, no event, as
"hasta el 4 de setiembre" already was. Shown by world-fiftythird 10, whose anniversary programme's last day was
published as an event of its own. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "Programa\n\nSource: {org}\n\n{body}\n"


@pytest.mark.parametrize(("org", "body"), [
    ("Municipalidad de Ejemplo", "Las celebraciones seguirán hasta el próximo 4 de setiembre de 2019."),
    ("Museu de Exemplo", "A exposição de gravuras fica aberta até o próximo dia 4 de setembro de 2019."),
    ("Alcaldía de Ejemplo", "La feria artesanal sigue abierta hasta el próximo día 30 de noviembre de 2019."),
])
def test_the_end_of_a_run_is_no_event(org: str, body: str) -> None:
    assert extract(ITEM.format(org=org, body=body), source="x", reference=dt.date(2019, 7, 1)).events == []
