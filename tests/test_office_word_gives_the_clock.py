"""An organisation whose kind of office only one country has ("Assembleia Legislativa do Espírito Santo", "Prefeitura
Municipal de ...", "Ayuntamiento de ...") puts its times on that country's clock when its text names no place; not a
Portuguese autonomous region's assembly. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_BODY = "Publicado em fevereiro de 2031\n\nSegunda (24)\n\n9h – Comissão de Finanças, reunião ordinária – Plenário\n"


@pytest.mark.parametrize(("org", "offset"), [
    ("Assembleia Legislativa do Espírito Santo", "-03:00"),
    ("Prefeitura Municipal de Serra Alta", "-03:00"),
    ("Câmara de Vereadores de Vila Nova", "-03:00"),
])
def test_a_brazilian_office_keeps_brazils_clock(org: str, offset: str) -> None:
    text = f"Agenda das comissões\n\nSource: {org}\n\n{_BODY}"
    [event] = extract(text, source="agenda", reference=dt.date(2031, 2, 1)).events
    assert event.start.isoformat() == f"2031-02-24T09:00:00{offset}"


def test_an_assembly_of_a_portuguese_region_is_not_brazils() -> None:
    text = f"Agenda das comissões\n\nSource: Assembleia Legislativa da Região Autónoma da Madeira\n\n{_BODY}"
    [event] = extract(text, source="agenda", reference=dt.date(2031, 2, 1)).events
    assert event.start.utcoffset() != dt.timedelta(hours=-3)
