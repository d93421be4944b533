"""Under a stamp that gives only a month ("Publicado em dezembro de 2021"), a weekday with its day of the month in
brackets ("A semana fecha na sexta-feira (17) com a audiência ...") is that day of the stamped month, with or without
a clock in its sentence (without one, its clause names a gathering); the hours of the programme below are that day's.
A city chamber's week had given no event (session 43, world-hundredtenth). A day told where something was printed
("publicada na edição de sexta-feira (10)") or done ("que visitou ... na quinta-feira (9)") is none. The texts are
ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2021, 12, 13)


def _starts(body: str) -> list[str]:
    text = (f"A semana na Câmara\n\nSource: Câmara Municipal de Sete Lagoas\n\nPublicado em dezembro de 2021\n\n"
            f"{body}\n")
    return [f"{e.start:%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%m-%d}"
            for e in extract(text, source="test", reference=_REFERENCE).events]


def test_the_numbered_weekday_dates_the_sentence_and_the_programme_below() -> None:
    body = ("A semana termina na sexta-feira (17) com a audiência pública sobre o plano diretor da cidade.\n\n"
            "Programação: às 14h abertura da audiência; às 15h debate com os inscritos.")
    assert _starts(body)[:2] == ["12-17 14:00", "12-17 15:00"]


@pytest.mark.parametrize("body", [
    "A ata foi publicada na edição de sexta-feira (10) do diário oficial do município.",
    "O prefeito, que visitou a escola na quinta-feira (9), elogiou os professores.",
])
def test_a_day_told_in_passing_or_in_the_past_is_none(body: str) -> None:
    assert _starts(body) == []


def test_a_weekday_that_does_not_fit_the_month_is_none() -> None:
    # (the 17th of December 2021 is a Friday, not a Monday)
    assert _starts("A audiência pública acontece na segunda-feira (17) no plenário da Câmara.") == []


def test_with_no_clock_the_clause_must_name_a_gathering() -> None:
    # (Monday 20 December 2021: the day fits, but the clause tells who decides, not a gathering)
    body = "As comissões de Saúde e de Educação fazem isso na segunda-feira (20); cada uma fixa o horário das reuniões."
    assert _starts(body) == []
