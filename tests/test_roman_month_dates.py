"""A day, its month in Roman numerals and its year, "11-VIII-2021" (issue #10, "Dates"): Spanish, Italian and Polish
offices head a day's agenda so, and the rows under it have no other date. Read as that day, the same mark on both
sides. Seen in world-sixtyfifth (the Manizales mayor's office, "Actividades ... para hoy 11-VIII-2021", whose ten
rows were not published at all); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _starts(text: str) -> list[dt.datetime]:
    return [e.start for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_hyphens_in_a_spanish_agenda_heading() -> None:
    text = ("Agenda del alcalde de Bogotá para hoy 23-IX-2022\n\nSource: Alcaldía de Bogotá\n\n"
            "Despacho del Alcalde\nActividad: Consejo distrital de seguridad\nHora: 10:00 a.m.\n"
            "Lugar: Palacio Liévano, Bogotá\n")
    assert [(s.date(), s.hour) for s in _starts(text)] == [(dt.date(2022, 9, 23), 10)]


def test_stops_in_an_italian_programme() -> None:
    text = ("Programma del sindaco, Roma 5.X.2023\n\nSource: Roma Capitale\n\n"
            "Ore 18:00 – Il sindaco apre la mostra sui Fori Imperiali in Campidoglio, Roma.\n")
    assert [(s.date(), s.hour) for s in _starts(text)] == [(dt.date(2023, 10, 5), 18)]


def test_slashes_under_a_visit_heading() -> None:
    text = ("Programme of the visit, 14/VI/2024\n\nSource: Kraków City Hall\n\n"
            "12:00 The mayor opens the exhibition at the Krzysztofory Palace, Kraków.\n")
    assert [(s.date(), s.hour) for s in _starts(text)] == [(dt.date(2024, 6, 14), 12)]


def test_a_roman_numeral_that_is_no_month_is_no_date() -> None:
    text = ("Chapter notes\n\nSource: Town Library\n\nSee part 3-XIV-2022 of the catalogue; the reading room "
            "opens on Monday, 10 October 2022 at 10:00 in the Old Town Hall.\n")
    assert [s.date() for s in _starts(text)] == [dt.date(2022, 10, 10)]
