"""A regional government's day agenda whose rows open with the town and the hour ("Oviedo, 11:00 horas."), then the
venue ("Lugar: ..."), then a sentence that says what happens: the sentence is the row's, not the words of the row before
it; and two rows at one minute at their own venues are two events. Items in our own words."""

from __future__ import annotations

from parsers import extract

from .conftest import REFERENCE

AGENDA = """Agenda de actos del Gobierno para el jueves, 12 de junio de 2031

Source: Gobierno de una comunidad autónoma

PRESIDENCIA
Toledo, 10:00 horas.
Lugar: Palacio de Fuensalida.
El presidente recibe a la junta directiva de la federación de municipios.
CONSEJERÍA DE SANIDAD
Toledo, 10:00 horas.
Lugar: Hospital Universitario, sala de juntas.
La consejera inaugura la nueva unidad de radioterapia.
Toledo, 12:30 horas.
La consejera se reúne con los colegios profesionales de enfermería.
"""


def _events() -> list[tuple[str, str]]:
    found = extract(AGENDA, source="agenda", reference=REFERENCE).events
    return sorted((f"{e.start:%H:%M}", e.summary) for e in found)


def test_each_row_says_what_its_sentence_says() -> None:
    summaries = dict(_events())
    assert "federación" in next(s for t, s in _events() if "presidente" in s)
    assert "radioterapia" in " ".join(s for t, s in _events() if t == "10:00")
    assert "enfermería" in summaries["12:30"]


def test_two_rows_at_one_minute_at_their_own_venues_are_two_events() -> None:
    assert [t for t, _ in _events()].count("10:00") == 2
