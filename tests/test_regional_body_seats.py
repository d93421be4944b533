"""The seats of regional parliaments and bodies (issue #10, "Zones"): a release of the Central American Parliament that
names no town, only a group of its deputies ("la Bancada Guatemala"), is on the clock of Guatemala City, where the
parliament sits; any town the text names comes first. Seen in world-hundredthirtyninth (a Parlacen sitting "el martes
16 de enero, a las 14 horas" was put on Brussels' clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _zones(org: str, body: str) -> list[str]:
    text = f"Sesión plenaria\n\nSource: {org}\n\nPublicado en enero de 2026\n\n{body}\n"
    return sorted(str(e.timezone) for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize(("org", "zone"), [
    ("Parlamento Centroamericano (Parlacen), vía un diario", "America/Guatemala"),
    ("Parlamento Andino", "America/Bogota"),
    ("Parlamento Latinoamericano y Caribeño (Parlatino)", "America/Panama"),
])
def test_a_parliament_without_a_town_is_on_its_seats_clock(org: str, zone: str) -> None:
    body = ("La Junta Directiva convocó a los diputados de la bancada a una sesión plenaria el martes 20 de enero,"
            " a las 15 horas.")
    assert _zones(org, body) == [zone]


def test_a_town_the_text_names_comes_first() -> None:
    body = "Los diputados sesionarán en Managua el martes 20 de enero, a las 15 horas."
    assert _zones("Parlamento Centroamericano (Parlacen)", body) == ["America/Managua"]


def test_a_secretariat_in_asia() -> None:
    text = ("Forum announced\n\nSource: Trilateral Cooperation Secretariat (TCS)\n\nPublished 10 January 2026\n\n"
            "The Secretariat holds its annual forum on Tuesday, 20 January 2026, at 2:00 p.m.\n")
    zones = [str(e.timezone) for e in extract(text, source="test", reference=_REFERENCE).events
             if isinstance(e.start, dt.datetime)]
    assert zones == ["Asia/Seoul"]
