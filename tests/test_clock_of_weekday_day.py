"""A clock then "del" and a weekday with its day of the month ("a las 08:30 del miércoles 10"): the clock is that
day's, the month the item's (issue #10, "Date"). Seen in world-ninetieth (a committee's summons for "las 08:30 del
miércoles 10", told after the day the summons was sent); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2024, 4, 1)


def _starts(body: str) -> list[str]:
    text = f"Comisión cita al ministro\n\nSource: Asamblea\n\nPublicado el 8 de abril de 2024\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_clock_of_the_weekday_after_it() -> None:
    body = "La Comisión de Salud convocó al ministro en Quito para las 09:30 del viernes 12."
    assert _starts(body) == ["2024-04-12 09:30"]
