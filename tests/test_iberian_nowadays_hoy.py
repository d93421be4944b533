"""A Spanish or Portuguese "hoy"/"hoje" beside a verb of what adds up or what we live through ("A todo ello se añade
hoy la amenaza ...", "hoy vivimos tiempos difíciles", "hoje enfrentamos"): the present age, as "heute ist" and
"aujourd'hui est" already were, not a day's event (found in world-seventysixth: a foreign minister's anniversary
speech). "La inauguración es hoy a las 10" stays an event. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Discurso del ministro

Source: Ministerio

Publicado el 5 de marzo de 2031

{body}
"""


@pytest.mark.parametrize("body", [
    "A las dificultades de la economía se suma hoy la incertidumbre del comercio mundial.",
    "Hoy vivimos tiempos de cambio para la diplomacia de la región.",
    "Hoje enfrentamos desafios que nenhum país resolve sozinho.",
])
def test_nowadays_is_no_event(body: str) -> None:
    assert extract(ITEM.format(body=body), source="m", reference=dt.date(2031, 3, 5)).events == []


def test_a_day_today_stays() -> None:
    body = "La inauguración de la nueva sede es hoy a las 10 horas en la plaza central."
    events = extract(ITEM.format(body=body), source="m", reference=dt.date(2031, 3, 5),
                     default_zone="America/Lima").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2031-03-05 10:00"]


@pytest.mark.parametrize("body", [
    # (found by review) a day's act today in the third person: two sides' match, a country's joining
    "Las selecciones de Argentina y Chile se enfrentan hoy en el estadio Monumental de Buenos Aires.",
    "Argentina se suma hoy formalmente a la alianza en una ceremonia en Buenos Aires.",
])
def test_a_days_act_today_stays(body: str) -> None:
    events = extract(ITEM.format(body=body), source="m", reference=dt.date(2031, 3, 5),
                     default_zone="America/Argentina/Buenos_Aires").events
    assert [e.start.strftime("%Y-%m-%d") for e in events] == ["2031-03-05"]


def test_the_verb_of_the_present_age_with_a_capital() -> None:
    body = "Vivimos hoy tiempos difíciles, dijo el ministro."
    assert extract(ITEM.format(body=body), source="m", reference=dt.date(2031, 3, 5)).events == []
