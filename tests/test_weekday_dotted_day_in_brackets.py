"""A Portuguese or Spanish week agenda that heads each day with its weekday and a dotted day and month in brackets
("Terça-feira (11.03)", "Jueves (13.03)"), over rows whose clocks name no day: each row on its heading's day, as
"quarta-feira (10/1)" with a slash already was; the bracketed "(13.03)" is no clock of thirteen past three (found in
world-seventysixth's state governor's week). A bare "Sábado 10.30" stays a clock. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

WEEK = """Compromissos da secretária nesta semana

Source: Secretaria de Estado

Publicado em março de 2031

Segunda-feira (10.03)

Às 10h, a secretária recebe a diretoria do hospital regional.

Terça-feira (11.03)

Às 16h30, ela inaugura a biblioteca do bairro Jardim das Flores.

Quinta-feira (13.03)

Às 9h, visita a escola técnica de Santa Rita.
"""

SEMANA = """Agenda semanal del intendente

Source: Municipalidad

Publicado en marzo de 2031

Miércoles (12.03)

A las 11 horas, el intendente firma el convenio con la cooperativa de agua.

Viernes (14.03)

A las 18 horas, acto por el aniversario del cuartel de bomberos.
"""


def _starts(text: str) -> list[str]:
    events = extract(text, source="s", reference=dt.date(2031, 3, 10), default_zone="America/Sao_Paulo").events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)


def test_each_row_is_on_its_dotted_heading_day() -> None:
    assert _starts(WEEK) == ["2031-03-10 10:00", "2031-03-11 16:30", "2031-03-13 09:00"]


def test_spanish_headings_too() -> None:
    assert _starts(SEMANA) == ["2031-03-12 11:00", "2031-03-14 18:00"]


def test_a_bare_dotted_clock_after_a_weekday_stays_a_clock() -> None:
    text = """Programa do sábado

Source: Clube

Publicado em 10 de março de 2031

Sábado 10.30 – abertura do torneio de xadrez no salão nobre, dia 15 de março.
"""
    assert _starts(text) == ["2031-03-15 10:30"]
