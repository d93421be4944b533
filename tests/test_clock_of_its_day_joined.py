"""A clock and the day after it joined by the Romance "of the" ("antes de las 18:00 horas del jueves 21 de octubre",
"às 18h do dia 25", "alle 15 del 10 ottobre") are one moment, as "at 6 p.m. on Thursday" is: what the words before
the clock say of it (a deadline) they say of the day (world-ninetyfifth: a term for amendments that "scade alle 15
del 10 ottobre" became an event; world-eightyfourth: requests "aceitos até as 18h do dia 25 de outubro"). A meeting
"a las 10:00 del 25 de octubre" stays, its clock on its day. Our own words."""

from __future__ import annotations

from parsers import extract

from .conftest import REFERENCE

NOTICE = """{title}

Source: {source}

{body}
"""


def _starts(body: str) -> list[str]:
    text = NOTICE.format(title="Aviso", source="Secretaría General del Parlamento", body=body)
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="es", reference=REFERENCE).events)


def test_papers_before_a_clock_of_a_weekday_are_no_event() -> None:
    body = "La documentación de la Mesa se remitirá antes de las 18:00 horas del jueves 21 de octubre de 2027."
    assert _starts(body) == []


def test_papers_before_a_clock_of_a_day_are_no_event() -> None:
    body = "Las enmiendas al proyecto de presupuesto se presentan antes de las 14:00 horas del 3 de noviembre de 2027."
    assert _starts(body) == []


def test_a_term_that_runs_out_at_a_clock_of_a_day_is_no_event() -> None:
    assert _starts("Il termine per le osservazioni sul regolamento scade alle 12 del 4 novembre 2027.") == []


def test_a_sitting_at_a_clock_of_its_day_stays() -> None:
    body = "La sesión plenaria comienza a las 10:00 del 25 de octubre de 2027 en el salón de actos del Congreso."
    assert _starts(body) == ["2027-10-25 10:00"]
