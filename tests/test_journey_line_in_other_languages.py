"""A diary's day that opens with a journey line in Portuguese or Spanish ("Viagem a Manaus", "Viaje a Hermosillo"):
the day's timed rows are in the town travelled to, on its clock, as "Trip to Manaus" puts them in English. Items in
our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

DIARY = """{title}

Source: A president's office

{stamp}

{monday}
9h30 – {first}

{tuesday}
{journey}
10h – {second}
"""


@pytest.mark.parametrize(("title", "stamp", "monday", "first", "tuesday", "journey", "second", "zone"), [
    ("Agenda do Presidente", "Brasília, 9 de maio de 2031", "Segunda-feira, 12 de maio", "Reunião ministerial",
     "Terça-feira, 13 de maio", "Viagem a Manaus", "Visita às obras do porto", "America/Manaus"),
    ("Agenda do Presidente", "Brasília, 9 de maio de 2031", "Segunda-feira, 12 de maio", "Reunião ministerial",
     "Terça-feira, 13 de maio", "Viagem para Manaus (horário local)", "Visita às obras do porto", "America/Manaus"),
    ("Agenda de la Presidenta", "Ciudad de México, 9 de mayo de 2031", "Lunes 12 de mayo", "Reunión de gabinete",
     "Martes 13 de mayo", "Viaje a Hermosillo", "Visita a la planta solar", "America/Hermosillo"),
])
def test_the_days_rows_keep_the_clock_of_the_town_travelled_to(title: str, stamp: str, monday: str, first: str,
                                                              tuesday: str, journey: str, second: str,
                                                              zone: str) -> None:
    text = DIARY.format(title=title, stamp=stamp, monday=monday, first=first, tuesday=tuesday, journey=journey,
                        second=second)
    events = sorted(extract(text, source="diary", reference=REFERENCE).events, key=lambda e: e.start)
    assert [str(e.start.tzinfo) for e in events if not e.all_day][-1] == zone
    assert events[-1].start.hour == 10


@pytest.mark.parametrize("row", [
    "10h – Entrevista coletiva após a viagem a Manaus",
    "10h – Reunião sobre a viagem para Manaus da próxima semana",
])
def test_a_journey_told_in_passing_moves_nothing(row: str) -> None:
    """Only a line that opens with the journey goes there; a row that mentions one stays where the diary is."""
    text = DIARY.format(title="Agenda do Presidente", stamp="Brasília, 9 de maio de 2031",
                        monday="Segunda-feira, 12 de maio", first="Reunião ministerial",
                        tuesday="Terça-feira, 13 de maio",
                        journey="Despachos internos", second=row.split(" – ", 1)[1])
    events = extract(text, source="diary", reference=REFERENCE).events
    assert {str(e.start.tzinfo) for e in events if not e.all_day} == {"America/Sao_Paulo"}


def test_a_tour_line_moves_the_days_rows_from_a_country_of_several_clocks() -> None:
    """A ministry of a country of several clocks, no dateline: Wednesday's rows on the capital's clock, Thursday's
    under "Gira de trabajo por Mérida, Yucatán" on Mérida's (the tour's town is no town the whole diary is in)."""
    text = ("Calendario de actividades\n\nSource: Secretaría de Economía (México)\n\nMiércoles 14 de mayo\n"
            "10:00 h  Reunión con cámaras empresariales, Palacio Nacional.\n\nJueves 15 de mayo\n"
            "Gira de trabajo por Mérida, Yucatán.\n10:00 h (hora local)  Inauguración del parque industrial.\n")
    events = sorted(extract(text, source="diary", reference=REFERENCE).events, key=lambda e: e.start)
    assert [str(e.start.tzinfo) for e in events if not e.all_day] == ["America/Mexico_City", "America/Merida"]
