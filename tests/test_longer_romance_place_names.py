"""Town names of several words that only begin a longer Spanish or Portuguese name: "San Pedro de Poás" (a canton of
Costa Rica, not San Pedro in the Philippines), "Casa Grande del Pueblo" (La Paz's presidential palace, not Casa Grande
in Arizona), and "del Pueblo" (of the people), not Pueblo in Colorado (issue #10, "Zones": the zone of a place that
is not there). Seen in world-hundredthirtyfirst (a Costa Rican agenda card put in Manila's clock, a Bolivian "a las
10.30 ... en la Casa Grande del Pueblo" in Denver's); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places

_REFERENCE = dt.date(2026, 1, 10)


def _where(text: str) -> list[str]:
    return [m.place.display for m in find_places(text)]


@pytest.mark.parametrize(("text", "absent"), [
    ("La gira empieza frente a la Municipalidad de San Pedro de Poás.", "Philippines"),
    ("El canciller será recibido en la Casa Grande del Pueblo.", "United States"),
    ("La Defensoría del Pueblo presenta su informe.", "United States"),
    ("Visita a San Pedro de Alcántara Norte, en el cantón.", "Philippines"),
])
def test_a_longer_name_is_not_the_town(text: str, absent: str) -> None:
    assert not any(absent in where for where in _where(text)), _where(text)


@pytest.mark.parametrize(("text", "present"), [
    ("La cumbre se celebra en San José de Costa Rica.", "San José, Costa Rica"),
    ("Llegada a San Pedro Sula por la tarde.", "San Pedro Sula, Honduras"),
    ("The convention meets in Pueblo, Colorado.", "Pueblo, United States"),
    ("The ferry leaves San Pedro, Laguna at noon.", "San Pedro, Philippines"),
])
def test_the_town_itself_is_kept(text: str, present: str) -> None:
    assert present in _where(text)


def test_a_palace_keeps_the_clock_of_its_city() -> None:
    text = ("Canciller de Chile en La Paz\n\nSource: Cancillería\n\n02/03/2026\n\n"
            "El canciller chileno llega este martes a La Paz. A las 11.30 se reunirá con el presidente en la "
            "Casa Grande del Pueblo.\n")
    starts = [e.start for e in extract(text, source="test", reference=_REFERENCE).events
              if isinstance(e.start, dt.datetime)]
    assert [f"{s:%Y-%m-%d %H:%M %z}" for s in starts] == ["2026-03-03 11:30 -0400"]
