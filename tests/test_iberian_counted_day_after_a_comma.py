"""A Spanish or Portuguese "día N" after a comma names a day of the month ("La Noche de los Museos, día 16:"), but not
where it counts an event's own days: under a count before the comma ("Semana 1, día 3:") or beside the next or the
last of the count ("Programa, día 1: ... Programa, día 2: ..."). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 4, 20)


def _starts(line: str) -> list[str]:
    text = f"Programa\n\nSource: Congreso\n\nPublicado el 20 de abril de 2026\n\n{line}\n"
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events)


def test_a_programmes_counted_days_are_no_days_of_the_month() -> None:
    line = ("Congreso de Historia del 14 al 16 de mayo de 2026 en Sevilla. Programa, día 1: inauguración a las 9:00. "
            "Programa, día 2: mesas redondas a las 10:00.")
    assert not {"2026-06-01", "2026-06-02", "2026-05-01", "2026-05-02"} & set(_starts(line))


def test_a_count_before_the_comma() -> None:
    assert "2026-05-03" not in _starts("El curso dura tres semanas. Semana 1, día 3: examen parcial a las 9:00.")


def test_a_programmes_day_of_the_month_stays() -> None:
    assert _starts("La Noche de los Museos, día 16: entrada libre de 19:00 a 23:00.") == ["2026-05-16"]
