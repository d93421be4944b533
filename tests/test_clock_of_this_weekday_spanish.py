"""A Spanish clock joined to its weekday by "de": "a las 7 de este lunes", "a las 9 horas de este martes".

A Uruguayan daily's story (elpais.com.uy: a port dispute) tells a strike decided "a las 7 de la mañana de este
lunes"; the weekday, told in the past, was set aside as gone by, but its clock was not joined to it and dated the day
in context: an event at 7:00 on the stamp's day. "de" joins a clock and its weekday as "on" and "of" do in English,
so what is said of the weekday (gone by, or to come) is said of its clock. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

import parsers

_HEAD = "Conflicto en el transporte\n\nMiércoles 11 de mayo de 2022\n\n"


def _starts(text: str) -> list[dt.date | dt.datetime]:
    return [e.start for e in parsers.extract(_HEAD + text, source="x", reference=dt.date(2022, 5, 11)).events]


def test_a_strike_decided_at_seven_on_monday_is_gone_by() -> None:
    assert _starts("El gremio resolvió un paro de buses a las 7 de este lunes.\n") == []


def test_an_arrest_at_nine_on_tuesday_is_gone_by() -> None:
    assert _starts("La policía arrestó a dos hombres en la terminal a las 9 horas de este martes.\n") == []


def test_an_assembly_at_six_this_friday_is_to_come() -> None:
    # 18:00 in Montevideo (UTC-3) on Friday 13 May
    [start] = _starts("La asamblea del gremio se realizará a las 18 horas de este viernes en Montevideo.\n")
    assert start == dt.datetime(2022, 5, 13, 21, tzinfo=dt.UTC)
