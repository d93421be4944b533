"""Brazil's clock with "min" glued to its minutes ("Hora: 18h30min", "às 9h30min"), after the field or word that
makes it a clock: the time, not a duration. Seen in world-hundredtwentyfirst 3 (a town's hearings as "Data: ... /
Hora: 18h30min" cards: the first hearing was lost). Only after a clock's word or field: "1h30min" is as often a
while. Texts in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

CARD = """Audiência sobre o transporte escolar

Source: Prefeitura de Exemplo

Data: 17/03/2031
{line}
Local: Câmara de Vereadores
"""


@pytest.mark.parametrize(("line", "expected"), [
    ("Hora: 18h30min", "18:30"),
    ("Horário: 9h15min", "09:15"),
    ("A audiência começa às 19h45min.", "19:45"),
])
def test_the_clock_with_min_glued(line: str, expected: str) -> None:
    timed = [e for e in extract(CARD.format(line=line), source="card", reference=REFERENCE).events if not e.all_day]
    assert [e.start.strftime("%H:%M") for e in timed] == [expected]

