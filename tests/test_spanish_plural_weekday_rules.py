"""A chamber's standing rules of its sitting days (issue #10, "Not events"): "los lunes a las 12:30 horas", "els dijous
a les 10 h" (the plural article before a weekday: on every such day) name no one day; "antes de las 12:00 horas del
jueves anterior" is a deadline, as "before noon on the Thursday before" is. Seen in world-ninetyfifth (an assembly's
decision on its sitting days and hours read as six events on the decision's date); the texts are ours. One day named
("el jueves 23 de julio a las 10:00") is still that day's event."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 2, 1)


def _timed(text: str) -> list[str]:
    return [f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_sitting_days_of_a_rule() -> None:
    text = ("Calendario de sesiones\n\nSource: Parlamento de Cantabria\n\nSantander, 26 de enero de 2026\n\n"
            "La Mesa se reunirá cada semana los martes a las 11:00 horas y el Pleno los lunes a las 16:00 horas.\n")
    assert _timed(text) == []


def test_catalan_sitting_days_of_a_rule() -> None:
    text = ("Calendari de sessions\n\nSource: Consell General d'Aran\n\nVielha, 26 de gener de 2026\n\n"
            "El Ple es reunirà els dijous a les 10 hores i la comissió els dimarts a les 17 hores.\n")
    assert _timed(text) == []


def test_papers_in_before_a_clock() -> None:
    text = ("Orden del día\n\nSource: Parlamento de Cantabria\n\nSantander, 26 de enero de 2026\n\n"
            "El orden del día incluirá los asuntos registrados antes de las 12:00 horas del jueves 29 de enero de "
            "2026.\n")
    assert _timed(text) == []


def test_one_named_day_stays() -> None:
    text = ("Convocatoria del Pleno\n\nSource: Parlamento de Cantabria\n\nSantander, 26 de enero de 2026\n\n"
            "El Pleno se celebrará el jueves 29 de enero de 2026 a las 10:00 horas.\n")
    assert _timed(text) == ["2026-01-29 10:00"]


def test_plural_weekdays_before_their_days_are_those_days() -> None:
    text = ("Comparecencias\n\nSource: Una comisión parlamentaria\n\nLa Comisión celebrará las comparecencias de los "
            "consejeros los martes 3 y 10 de marzo de 2026, a las 10:00 horas, en la Sala 2.\n")
    assert sorted(_timed(text)) == ["2026-03-03 10:00", "2026-03-10 10:00"]
