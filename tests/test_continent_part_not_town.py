"""A word after a continent's name names a part of it, not the town that shares the word: "América Latina" is Latin
America, not Latina (Italy, or the district of Madrid) (issue #10, "Zone": an agency "de Noticias de América Latina"
put a Honduran summit's arrivals on Madrid's clock). Seen in world-seventysixth; the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.places import find_places

_REFERENCE = dt.date(2026, 1, 10)


def _towns(text: str) -> list[str]:
    return [m.place.display for m in find_places(text)]


def test_latin_america_in_spanish_is_no_town() -> None:
    assert _towns("Agencia de Noticias de América Latina y el Caribe") == []
    assert _towns("los cancilleres de America Latina se reúnen") == []


def test_the_town_alone_is_still_the_town() -> None:
    assert _towns("La feria se celebra en Latina, Italia, el 3 de mayo.") == ["Latina, Italy", "Italy"]


def test_an_agency_named_after_latin_america_leaves_the_clock_to_the_item() -> None:
    text = ("Llegan a Ecuador los cancilleres para la cumbre andina\n\n"
            "Source: REDNAL (Red de Noticias de América Latina y el Caribe)\n\n"
            "Este martes 3 de marzo de 2026 llegan los cancilleres de la región. A las 4:30 p.m. aterrizará en el "
            "aeropuerto Mariscal Sucre el canciller de Perú, a quien recibirá la ministra de Ecuador.\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert [(f"{e.start:%Y-%m-%d %H:%M}", str(e.start.tzinfo)) for e in events] \
        == [("2026-03-03 16:30", "America/Guayaquil")]
