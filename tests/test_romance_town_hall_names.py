"""A town hall or council named after its town in a Romance language ("Prefeitura de Itaúna", "Câmara Municipal de
Itatiaia", "Ville de Rimouski"), the town's name first in a longer name ("Prefeitura de Itaúna (Secretaria Municipal
de Saúde), Minas Gerais"), gives its town's clock to times that name no zone (world-sixtieth 11: a Brazilian health
office's hearing `às 10h`, read on the calendar's clock). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Aviso

Source: {source}

{body}
"""


def _zones(source: str, body: str) -> list[str]:
    events = extract(ITEM.format(source=source, body=body), source="town", reference=dt.date(2022, 10, 1),
                     default_zone="Europe/Brussels").events
    return [str(e.start.tzinfo) for e in events if not e.all_day]


@pytest.mark.parametrize(("source", "body", "zone"), [
    ("Prefeitura de Itaúna (Secretaria Municipal de Saúde), Minas Gerais",
     "A Secretaria de Saúde realiza na quinta-feira, 20/10/2022, às 10h, uma audiência pública no Plenário.",
     "America/Sao_Paulo"),
    ("Câmara Municipal de Itatiaia",
     "A Câmara realiza sessão solene na sexta-feira, 21/10/2022, às 19h, no plenário.", "America/Sao_Paulo"),
    ("Ville de Rimouski",
     "La séance du conseil municipal aura lieu le lundi 17 octobre 2022 à 19 h 30, à l'hôtel de ville.",
     "America/Toronto"),
])
def test_the_town_of_the_town_hall_gives_the_clock(source: str, body: str, zone: str) -> None:
    assert _zones(source, body) == [zone]
