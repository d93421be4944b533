"""A weekday, a comma and "dia"/"día" before a whole date ("data: quinta-feira, dia 15 de maio, às 14h", "jueves,
día 15 de mayo"), as a card's date field writes it with no determiner before the weekday, is one weekday date: the
weekday fits the year the item speaks of. Seen in world-hundredfiftieth (a Goiás university's "data: terça-feira, dia
10 de março, às 9h", in an item whose only year is "Aula Magna de 2009", was put in the year of the run). Texts in
our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Aula inaugural do curso de Letras

Source: Faculdade de Letras

A aula inaugural de 2014 fica a cargo da professora Ana Lima. {when}, no auditório central.
"""


@pytest.mark.parametrize("when", ["Data: quinta-feira, dia 15 de maio, às 14h",
                                  "Quando: quinta-feira, dia 15 de maio, às 14h"])
def test_weekday_dia_date_takes_the_year_the_weekday_fits(when: str) -> None:
    events = extract(ITEM.format(when=when), source="t", reference=dt.date(2026, 12, 8)).events
    assert [e.start.replace(tzinfo=None).isoformat() for e in events] == ["2014-05-15T14:00:00"]


def test_spanish_dia() -> None:
    text = ("Lección magistral\n\nSource: Facultad de Derecho\n\nLa lección de 2014 se imparte en el aula magna."
            " Fecha: jueves, día 15 de mayo, a las 12:00 horas.\n")
    events = extract(text, source="t", reference=dt.date(2026, 12, 8)).events
    assert [e.start.replace(tzinfo=None).isoformat() for e in events] == ["2014-05-15T12:00:00"]


def test_a_day_of_the_month_alone_keeps_the_month_in_context() -> None:
    # no month after the day: the weekday's own forms read it, the month from the stamp
    text = ("Aula inaugural\n\nSource: Faculdade de Letras\n\n2 de maio de 2014\n\n"
            "A aula é na quinta-feira, dia 15, às 14h, no auditório central.\n")
    events = extract(text, source="t", reference=dt.date(2026, 12, 8)).events
    assert [e.start.replace(tzinfo=None).isoformat() for e in events] == ["2014-05-15T14:00:00"]
