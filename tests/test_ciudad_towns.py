"""A Mexican town whose name opens with "Ciudad", written "ciudad Juárez" or plainly "Delicias" (places.py,
placeindex.py): the town and its clock, not a namesake in Spain or a town the gazetteer lacks."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.placeindex import in_countries, lookup, namesakes
from parsers.places import find_places


@pytest.mark.parametrize(
    ("text", "display", "why"),
    [
        ("La alcaldesa recorrerá ciudad Delicias el martes.", "Ciudad Delicias, Mexico",
         "a lower-case 'ciudad' before the rest of a known name"),
        ("El foro será en ciudad Juárez.", "Ciudad Juárez, Mexico", "the same with an accented name"),
        ("Reunión en la ciudad de México.", "Mexico", "'la ciudad de' names no town called 'Ciudad de ...' here"),
        ("Una calle de la ciudad Nueva Esperanza.", None, "no town 'Ciudad Nueva Esperanza': nothing raised"),
    ],
)
def test_lower_case_ciudad(text: str, display: str | None, why: str) -> None:
    places = [m.place.display for m in find_places(text)]
    assert (places[0] if places else None) == display, why


def test_the_short_name_is_a_namesake_of_the_long_one() -> None:
    delicias = lookup("Delicias")
    assert delicias is not None
    assert delicias.country == "ES"
    assert any(p.display == "Ciudad Delicias, Mexico" for p, _ in namesakes()["Delicias"])
    moved = in_countries(delicias, {"MX": 1})
    assert (moved.country, moved.zone) == ("MX", "America/Chihuahua")
    assert in_countries(delicias, {"ES": 1}) is delicias


def test_a_visit_to_a_chihuahua_town_keeps_its_clock() -> None:
    text = ("Gira del secretario\n\nSource: Secretaría de Salud\n\n"
            "El secretario de Salud visitará ciudad Delicias el lunes 8 de marzo de 2021.\n\n"
            "A las 9:30 de la mañana inaugurará la clínica del barrio Delicias Norte.\n\n"
            "A las 13:00 horas comerá con médicos en el Hospital Regional Delicias.\n")
    events = extract(text, source="ciudad", reference=dt.date(2021, 3, 1)).events
    starts = {e.start.astimezone(dt.UTC) for e in events if not e.all_day}
    # Chihuahua kept UTC-7 in March 2021 (summer time began in April)
    assert dt.datetime(2021, 3, 8, 16, 30, tzinfo=dt.UTC) in starts
    assert dt.datetime(2021, 3, 8, 20, 0, tzinfo=dt.UTC) in starts
