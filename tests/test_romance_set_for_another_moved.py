"""A Spanish, Portuguese or French day an event was set for ("prevista para el miércoles 27 de mayo") is set aside
only when the verb that moves it is its own: with another day between ("la reunión prevista para el 27 de mayo se
mantiene, pero la sesión del 3 de junio se pospone al 10 de junio"), what moves is that other sitting, and the first
day stands. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 4, 20)


def _days(line: str) -> list[str]:
    text = f"Aviso\n\nSource: Ayuntamiento\n\nPublicado el 20 de abril de 2026\n\n{line}\n"
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events)


def test_a_day_kept_beside_another_moved() -> None:
    line = ("La reunión prevista para el miércoles 27 de mayo a las 10:00 se mantiene, pero la sesión del 3 de junio "
            "se pospone al 10 de junio a las 10:00.")
    assert "2026-05-27" in _days(line)


def test_the_day_moved_is_still_set_aside() -> None:
    line = ("La audiencia prevista para el miércoles 27 de mayo a las 10:00 se pospone al viernes 29 de mayo "
            "a las 10:00.")
    assert _days(line) == ["2026-05-29"]
