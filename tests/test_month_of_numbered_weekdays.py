"""Rows of a week's agenda that open with a weekday and its day in brackets and give no month ("Quarta-feira (14),
9h – Altamira:", "Domingo (18) – Itaituba:"), in an item whose only year is a name's ("Festa do Peixe 2023") and
that has no stamp: where two or more such weekdays with their days fit one month alone of that year, they are of
that month, and the note says the month was inferred from the weekdays. One such day alone, or days that fit several
months of the year, give nothing, as before. (Seen in world-hundredthirtyeighth: a governor's "Terça-feira (26), 10h"
and "Sábado (30), 9h" by "Expocanaã 2025" came to nothing.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

REFERENCE = dt.date(2026, 12, 4)
ZONE = "America/Belem"


def _events(rows: str) -> list[tuple[str, str]]:
    text = (f"Agenda do prefeito\n\nSource: Prefeitura de Exemplo\n\nNesta semana o prefeito cumpre agenda em dois"
            f" municípios.\n\n{rows}\n")
    return [(str(e.start), " ".join(e.notes)) for e in extract(text, source="t", reference=REFERENCE,
                                                          default_zone=ZONE).events]


def test_the_weekdays_agree_on_one_month_of_the_named_year() -> None:
    events = _events("Quarta-feira (14), 9h – Altamira: visita às obras da escola estadual.\n\n"
                     "Domingo (18), 10h – Itaituba: abertura da Festa do Peixe 2023, no cais da cidade.")
    assert [start for start, _ in events] == ["2023-06-14 09:00:00-03:00", "2023-06-18 10:00:00-03:00"]
    assert all("inferred from the weekdays" in notes for _, notes in events)


@pytest.mark.parametrize("rows", [
    # (a Wednesday 15 and a Sunday 19: February, March and November of 2023 alike)
    "Quarta-feira (15), 9h – Altamira: visita às obras da escola estadual.\n\n"
    "Domingo (19), 10h – Itaituba: abertura da Festa do Peixe 2023, no cais da cidade.",
    # (one weekday with its day alone: many months of any year)
    "Quarta-feira (14), 9h – Altamira: visita às obras da escola estadual, antes da Festa do Peixe 2023.",
])
def test_one_day_alone_or_several_months_give_nothing(rows: str) -> None:
    assert _events(rows) == []


@pytest.mark.parametrize(("line", "read"), [
    ("Quarta-feira (14), 9h – Altamira: visita.", "Quarta-feira (14)"),
    ("Domingo (18) – Itaituba: abertura da festa.", "Domingo (18)"),
    ("Sexta-feira (2), 14h30 – Breves: reunião.", "Sexta-feira (2)"),
])
def test_a_row_opens_with_a_weekday_and_its_bracketed_day(line: str, read: str) -> None:
    assert [m.text for m in find_mentions(line) if m.kind == "weekday"] == [read]


@pytest.mark.parametrize("line", [
    "Quinta (5) – vagas abertas no concurso.",  # ("Quinta" is a fifth too)
    "Sábado (30), 4 pessoas ficaram feridas.",  # (a count, no clock)
])
def test_not_a_row_s_day(line: str) -> None:
    assert [m for m in find_mentions(line) if m.kind == "weekday"] == []
