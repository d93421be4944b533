"""A span whose ends are each a weekday and its day of the month, with no month: "del martes 4 al sábado 8", "de
terça-feira 4 a sábado 8" (issue #10, "Dates"): the month comes from the context, and the first weekday chooses it
among the month of the item's day, the next and the one before. Seen in world-hundredsixth (a consulate's mobile
office "De martes 3 a sábado 7" under "este marzo de 2026"); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    """The all-day events' first and last days, "YYYY-MM-DD..YYYY-MM-DD"."""
    found = []
    for event in extract(text, source="test", reference=_REFERENCE).events:
        if not isinstance(event.start, dt.datetime):
            last = event.end - dt.timedelta(days=1) if event.end is not None else event.start
            found.append(f"{event.start:%Y-%m-%d}..{last:%Y-%m-%d}")
    return sorted(found)


def test_spanish_span_of_weekdays_in_a_sentence() -> None:
    text = ("Oficina móvil del consulado\n\nSource: Consulado de Chile en Mendoza\n\n2 de abril de 2025\n\n"
            "La oficina móvil del consulado atenderá del martes 8 al sábado 12 en el centro cultural de la ciudad.\n")
    assert _days(text) == ["2025-04-08..2025-04-12"]


def test_the_weekday_chooses_the_month() -> None:
    # Written on 20 May: the 3rd that is a Tuesday is in June (3 May 2025 is a Saturday).
    text = ("Jornada consular\n\nSource: Consulado de Chile en Mendoza\n\n20 de mayo de 2025\n\n"
            "El equipo consular visitará la ciudad de San Rafael del martes 3 al jueves 5 para atender a la "
            "comunidad.\n")
    assert _days(text) == ["2025-06-03..2025-06-05"]


def test_portuguese_span_of_weekdays() -> None:
    text = ("Consulado itinerante\n\nSource: Consulado do Brasil em Rosário\n\n2 de abril de 2025\n\n"
            "O consulado itinerante vai atender de terça-feira 8 a sábado 12 na sede da associação.\n")
    assert _days(text) == ["2025-04-08..2025-04-12"]


def test_weekdays_that_do_not_fit_the_days_are_no_span() -> None:
    # "martes 8" and "jueves 12" cannot both be right: the line is not read as a span.
    text = ("Oficina móvil del consulado\n\nSource: Consulado de Chile en Mendoza\n\n2 de abril de 2025\n\n"
            "La oficina móvil del consulado atenderá del martes 8 al jueves 12 en el centro cultural.\n")
    assert "2025-04-08..2025-04-12" not in _days(text)
