"""When bookings open and when a register closes are no events.

Two forms the deadline words missed:
- the day bookings open named as "this" weekday: "les réservations ouvriront ce vendredi 7 mars à 17h00",
  "bookings open this Friday": only "le", "on", "from" ... stood before the day;
- both bounds of a window said by their verbs in one clause, the second with its hour: "Inscripciones: abren
  02/03/2026, cierran 20/03/2026 a las 15:00" (the day was left out only in a row's heading, not its hour).
Form: consulates' open days and parliaments' calls for public hearings. My own texts.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles


def _days(body: str, title: str) -> list[dt.date]:
    article = Article(source="t", title=title, body=body, published=None)
    events = extract_articles([article], reference=dt.date(2031, 1, 1)).events
    return [e.start.date() if isinstance(e.start, dt.datetime) else e.start for e in events]


def test_bookings_opening_this_weekday_are_no_event() -> None:
    body = ("Le consulat organise une journée portes ouvertes le samedi 15 mars 2025. Il faut prendre rendez-vous ;"
            " les réservations ouvriront ce vendredi 7 mars 2025 à 17h00.")
    days = _days(body, "Portes ouvertes au consulat")
    assert dt.date(2025, 3, 15) in days
    assert dt.date(2025, 3, 7) not in days


def test_a_windows_closing_hour_is_no_event() -> None:
    body = ("Audiencia pública sobre el proyecto de ley de humedales, expediente 4321-D-2026 – Sala Belgrano,"
            " modalidad mixta – Inscripciones: abren 02/03/2026, cierran 20/03/2026 a las 15:00.\n\n"
            "La audiencia se celebrará el 27/03/2026 a las 10:00.")
    days = _days(body, "Audiencia pública")
    assert dt.date(2026, 3, 27) in days
    assert dt.date(2026, 3, 2) not in days
    assert dt.date(2026, 3, 20) not in days


def test_a_museum_that_opens_this_saturday_is_still_an_opening() -> None:
    body = "El nuevo museo del agua abre este sábado 14 de marzo de 2026 a las 11:00 con una visita guiada."
    assert dt.date(2026, 3, 14) in _days(body, "Abre el museo del agua")


def test_a_session_that_closes_is_kept_without_an_opening_bound() -> None:
    body = "La sesión ordinaria cierra el período legislativo el jueves 30 de abril de 2026 a las 18:00."
    assert dt.date(2026, 4, 30) in _days(body, "Cierre del período legislativo")


def test_an_exhibition_that_opens_and_closes_keeps_its_days() -> None:
    body = "La muestra de grabados abre el 4 de mayo de 2026 y cierra el 28 de junio de 2026 en la Casa de la Cultura."
    days = _days(body, "Muestra de grabados")
    assert dt.date(2026, 5, 4) in days
    assert dt.date(2026, 6, 28) in days
