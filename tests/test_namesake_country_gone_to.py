"""A town whose name several countries share is the one in the country its own sentence says the traveller is in
("on a tour of Spain", "de gira por España"): Valencia there is the Spanish city on Madrid's clock, not
the larger Venezuelan one the gazetteer knows first. Each text is our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

AGENDA = """Agenda del gobernador

Source: Gobierno de la Provincia de Mendoza

14/04/2031

A las 10:00, la vicegobernadora encabeza en el Salón de los Escudos el acto de entrega de viviendas.

{away}
"""
AWAY = {
    "Spanish": "El gobernador sigue de gira por España: el martes 15 de abril a las 11:00 visita el puerto de "
               "Valencia.",
    "English": "The governor, on a tour of Spain, visits the port of Valencia on Tuesday 15 April at 11:00.",
}


@pytest.mark.parametrize("said", sorted(AWAY))
def test_the_town_is_in_the_country_the_sentence_goes_to(said: str) -> None:
    events = extract(AGENDA.format(away=AWAY[said]), source="agenda", reference=dt.date(2031, 4, 1)).events
    assert [(f"{e.start:%d %H:%M}", e.timezone) for e in sorted(events, key=lambda e: e.start)] == [
        ("14 10:00", "America/Argentina/Mendoza"), ("15 11:00", "Europe/Madrid")]
