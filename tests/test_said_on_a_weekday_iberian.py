"""Spanish and Portuguese "said" with the weekday of the saying: "dijo el ministro este lunes", "disse o ministro
nesta segunda-feira".

A Uruguayan daily's story (elpais.com.uy: a port dispute) quotes a minister and closes with "dijo Mieres este lunes";
under a Wednesday's date "este lunes" was read as the coming Monday, and the quote became an event five days after
the stamp. "dijo"/"disse" is left out of the past tenses because what is said may be to come ("dijo que viajará el
lunes"); the weekday of its own clause, with no "que" between, is the day of the saying, gone by. The texts are our
own.
"""

from __future__ import annotations

import datetime as dt

import parsers

_HEAD = "Puerto en conflicto\n\nMiércoles 11 de mayo de 2022\n\n"


def _days(text: str) -> list[dt.date]:
    events = parsers.extract(text, source="x", reference=dt.date(2022, 5, 11)).events
    return [e.start if not isinstance(e.start, dt.datetime) else e.start.date() for e in events]


def test_a_quote_said_on_monday_is_no_event() -> None:
    assert _days(_HEAD + "“Hay trabajo para todos”, dijo el ministro este lunes a la prensa.\n") == []


def test_a_portuguese_quote_said_on_monday_is_no_event() -> None:
    text = ("Porto em conflito\n\nQuarta-feira, 11 de maio de 2022\n\n"
            "“O porto está pronto”, disse o ministro nesta segunda-feira à imprensa.\n")
    assert _days(text) == []


def test_what_was_said_to_come_keeps_its_day() -> None:
    text = _HEAD + "El alcalde dijo este martes que la feria del libro se realizará el sábado 21 de mayo en la plaza.\n"
    assert _days(text) == [dt.date(2022, 5, 21)]


def test_said_that_a_trip_comes_on_monday() -> None:
    # "dijo que ... viajará el lunes": what was said is to come, the next Monday
    text = _HEAD + "El ministro dijo que el lunes viajará a Salto para reunirse con los productores.\n"
    assert _days(text) == [dt.date(2022, 5, 16)]
