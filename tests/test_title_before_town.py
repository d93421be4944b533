"""A person's title right before a town's name, in any case ("Presidente Lucena", "Governador Prado", "President
Lima"): a person's name, or part of a town named after one (Brazil names towns after presidents and governors), never
the town of the name alone. Seen in world-hundredtwentyfirst 3: "Prefeitura Municipal de Presidente Lucena" put its
hearings on Manila's clock (Lucena, Philippines). Texts in our own words."""

from __future__ import annotations

from parsers import extract
from parsers.orghome import home_of
from parsers.places import find_places

from .conftest import REFERENCE


def test_a_title_case_name_with_a_title_before_the_town() -> None:
    assert home_of("Prefeitura Municipal de Presidente Lucena") is None
    assert not [m for m in find_places("Câmara de Presidente Lucena") if m.place.name == "Lucena"]


def test_the_town_alone_is_still_the_town() -> None:
    assert home_of("Ayuntamiento de Lucena") is not None
    assert [m for m in find_places("Reunión en Lucena, Córdoba") if m.place.name == "Lucena"]


def test_the_hearing_is_not_on_manila_time() -> None:
    text = """Audiência pública

Source: Prefeitura Municipal de Presidente Lucena

Data: 17/03/2031
Hora: 19h
Local: Câmara de Vereadores
"""
    events = [e for e in extract(text, source="lucena", reference=REFERENCE).events if not e.all_day]
    assert events
    assert all("Manila" not in str(e.start.tzinfo) for e in events)
