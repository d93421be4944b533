"""Spanish may give a day of the month with its article alone before the clock ("el 4, a las 19 horas", "el 18 a
las 19 horas"): it is that day of the month in context, as "el día 4" is. Not a score ("ganó el 4 a 2"), which no
clock's words follow. Seen in world-hundredtwentyfifth's notes (a university's monthly programme); the texts are
ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 4, 1)


def _starts(line: str) -> list[str]:
    text = f"Agenda de abril\n\nSource: Universidad\n\nPublicado el 1 de abril de 2026\n\n{line}\n"
    return [f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize(("line", "start"), [
    ("La lección inaugural del ciclo será el 9, a las 19 horas, en el paraninfo.", "2026-04-09 19:00"),
    ("El coro de la facultad canta el 23 a las 20:30 en la capilla.", "2026-04-23 20:30"),
])
def test_the_bare_day_is_the_day_of_the_month(line: str, start: str) -> None:
    assert _starts(line) == [start]


def test_a_score_is_no_day() -> None:
    assert all(not start.startswith("2026-04-04") for start in _starts("El equipo ganó el 4 a 2 a las 19 horas."))
