"""A place abroad named once where nothing is dated does not take an item's clock from its organisation's town. A
provincial government's agenda says its governor is on a tour abroad, naming a town there in an undated sentence,
while its dated rows are at home and name no town: they keep the province's clock. Each text is our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

AGENDA = """Agenda del vicegobernador

Source: Gobierno de la Provincia de Mendoza

14/04/2031

A las 10:00, la vicegobernadora encabeza en el Salón de los Escudos el acto de entrega de viviendas.

{away}

A las 12:30 habrá una conferencia de prensa con los ministros en la Sala de Periodistas.
"""


def _zones(away: str) -> set[str]:
    events = extract(AGENDA.format(away=away), source="agenda", reference=dt.date(2031, 4, 1)).events
    assert len(events) == 2
    return {e.timezone for e in events}


def test_a_tour_abroad_named_without_a_day_keeps_the_home_clock() -> None:
    away = "El gobernador sigue de gira por España: en Bilbao recorre astilleros y se reúne con exportadores."
    assert _zones(away) == {"America/Argentina/Mendoza"}


def test_a_town_abroad_with_its_day_and_time_is_where_that_row_is() -> None:
    # (last, so the home rows above it keep the agenda's day)
    away = "El gobernador sigue de gira por España: el martes 15 de abril a las 11:00 visita el puerto de Bilbao."
    events = extract(AGENDA.format(away="") + away, source="agenda", reference=dt.date(2031, 4, 1)).events
    assert {e.timezone for e in events if e.start.hour in (10, 12)} == {"America/Argentina/Mendoza"}
    assert [e.timezone for e in events if e.start.hour == 11] == ["Europe/Madrid"]


def test_a_trip_named_in_the_lead_keeps_the_clock_of_where_it_goes() -> None:
    # (the destination named before the timed rows says where they are, undated as its sentence is)
    text = ("Misión comercial\n\nSource: Gobierno de la Provincia de Mendoza\n\nLa comitiva provincial viajará a Lima, "
            "Perú, para participar en la feria de alimentos.\n\nLunes 10 de mayo de 2027\n\n09:30 Apertura de la "
            "feria\n\n11:00 Reunión con importadores\n")
    events = extract(text, source="agenda", reference=dt.date(2027, 5, 1)).events
    assert {e.timezone for e in events if not e.all_day} == {"America/Lima"}
