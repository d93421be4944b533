"""Spanish and Portuguese clock times whose minutes are not parted by a colon: "a las 10,30 horas" (a comma, as a
decimal is written) and "às 17 horas e 45 minutos" / "a las 9 horas y 15 minutos" (the minutes said after the hours'
word). Issue #10, "Times". Seen in world-hundredthirtysixth: Huesca's unions called a rally "a las 10,30 horas" (read
as 10:00) and a Brazilian municipal union its second call "às 17 horas e 45 minutos" (read as 17:00); the texts are
ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.lang_iberian import iberian_mentions

_REFERENCE = dt.date(2026, 1, 10)


def _times(text: str) -> list[dt.time]:
    return [m.time for m in iberian_mentions(text) if m.kind == "time" and m.time is not None]


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("La concentración será a las 10,30 horas ante el ayuntamiento.", dt.time(10, 30), "a comma before horas"),
    ("Habrá otra marcha a las 19,15 horas en la plaza.", dt.time(19, 15), "an evening hour"),
    ("A segunda chamada será às 17 horas e 45 minutos, na sede.", dt.time(17, 45), "Portuguese spoken minutes"),
    ("La asamblea empieza a las 9 horas y 15 minutos en el salón.", dt.time(9, 15), "Spanish spoken minutes"),
])
def test_the_minutes_are_read(text: str, expected: dt.time, why: str) -> None:
    assert _times(text) == [expected], why


def test_a_comma_without_the_hours_word_stays_no_clock_of_minutes() -> None:
    # "a las 10,5": no hours' word after it, so no minutes are read from the figures after the comma
    assert dt.time(10, 30) not in _times("Subió a las 10,30 del índice y bajó luego.")


def test_a_rally_and_a_call_in_a_bundle() -> None:
    text = ("Concentración por el empleo\n\nSource: Sindicato provincial\n\nPublicado el 3 de marzo de 2026\n\n"
            "El sindicato convoca una concentración el jueves 5 de marzo a las 11,30 horas ante la Delegación del "
            "Gobierno en Zaragoza.\n")
    starts = [f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
              if isinstance(e.start, dt.datetime)]
    assert starts == ["2026-03-05 11:30"]
