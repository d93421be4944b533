"""A whole hour with the River Plate's short "horas", after the words that make it a clock: "a partir de las 11hs",
"desde las 20 hs", "a las 9hs" (as "a las 11 horas" already was), and "a partir de las" taken whole into the clock's
mention. Seen in world-hundredtwentyninth 8 (a deliberative council's "Mañana jueves, a partir de las 11hs": published
as a day). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

TEXT = """Sesión del Concejo

Source: Concejo Deliberante de Ejemplo

Publicado el 5 de mayo de 2031

{sentence}
"""


def _events(sentence: str) -> list[tuple[str, str]]:
    events = extract(TEXT.format(sentence=sentence), source="concejo", reference=dt.date(2031, 5, 5)).events
    return [(e.start.strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime) else str(e.start), e.summary)
            for e in events]


@pytest.mark.parametrize(("sentence", "start"), [
    ("Mañana martes, a partir de las 11hs, los concejales se reúnen en sesión ordinaria.", "2031-05-06 11:00"),
    ("El jueves 8 de mayo, desde las 20 hs, habrá audiencia pública en el recinto.", "2031-05-08 20:00"),
    ("La comisión de presupuesto sesiona el viernes 9 de mayo a las 9hs en la sala de comisiones.",
     "2031-05-09 09:00"),
])
def test_a_whole_hour_with_hs_is_a_clock(sentence: str, start: str) -> None:
    events = _events(sentence)
    assert [s for s, _ in events] == [start]


def test_from_the_hour_is_not_left_in_the_summary() -> None:
    [(_, summary)] = _events("Mañana martes, a partir de las 11hs, los concejales se reúnen en sesión ordinaria.")
    assert "partir" not in summary
