"""Spanish and Portuguese "took place" ("tuvo lugar el martes", "se realizó el lunes", "teve lugar na sexta-feira")
before a weekday tell a day gone by, as "attended on Friday" does (world-fortieth 9: an anniversary act that "tuvo
lugar el martes" was read as the next Tuesday). "tendrá lugar el martes" stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Aniversario institucional

Source: Policía

La ceremonia oficial del aniversario será el jueves 24 de abril de 2031 a las 12:00 horas en la plaza.

{body}
"""


@pytest.mark.parametrize("body", [
    "Otro acto por el aniversario tuvo lugar el martes en la escuela de la localidad.",
    "Una ceremonia se realizó el lunes en la plaza del pueblo.",
    "Uma cerimônia teve lugar na sexta-feira no quartel.",
])
def test_took_place_on_a_weekday_is_past(body: str) -> None:
    events = extract(ITEM.format(body=body), source="x", reference=dt.date(2031, 4, 20),
                     default_zone="America/Santiago").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2031-04-24 12:00"]


def test_will_take_place_stays() -> None:
    body = "Otro acto por el aniversario tendrá lugar el martes en la escuela de la localidad."
    assert len(extract(ITEM.format(body=body), source="x", reference=dt.date(2031, 4, 20),
                       default_zone="America/Santiago").events) == 2
