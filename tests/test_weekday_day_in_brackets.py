"""Brazil's public bodies give a day as its weekday and its day of the month in brackets, no month: "nesta quinta-feira
(22)". Its kin were not read: "na próxima segunda-feira (1º)" ("próxima" after the determiner, the ordinal's mark),
"as sessões de terça-feira (2)" ("de" before the weekday) and "na terça (2) e na quinta (4)" (the weekday cut
short), as an electoral court's week of sessions gives them (world-fiftyninth 3). Each is read only before a day in
brackets; the stamp gives the month. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

BRASILIA = dt.timezone(dt.timedelta(hours=-3))

COUNCIL = """Câmara retoma votações na próxima segunda (4)

Source: Câmara Municipal de Porto Alegre

Publicado em 28 de julho de 2031

A Câmara retoma as votações na próxima segunda-feira (4), às 14h, no Plenário Otávio Rocha.
As sessões de terça-feira (5), às 15h, completam a semana.
"""

COURT = """Tribunal julga recursos na terça (12)

Source: Tribunal Regional Eleitoral do Paraná

Publicado em 7 de agosto de 2031

O Tribunal julga os recursos na terça (12), às 14h, em sessão extraordinária.
"""


@pytest.mark.parametrize(("text", "starts"), [
    (COUNCIL, [dt.datetime(2031, 8, 4, 14, 0, tzinfo=BRASILIA), dt.datetime(2031, 8, 5, 15, 0, tzinfo=BRASILIA)]),
    (COURT, [dt.datetime(2031, 8, 12, 14, 0, tzinfo=BRASILIA)]),
])
def test_the_weekday_and_its_day_in_brackets(text: str, starts: list[dt.datetime]) -> None:
    events = extract(text, source="camara", reference=dt.date(2031, 7, 28)).events
    assert sorted(e.start for e in events if not e.all_day) == starts


def test_an_ordinal_with_its_figure_in_brackets_is_no_weekday() -> None:
    # (review) "a sexta (6) edição" is the sixth edition; "na sexta (6)" stays Friday the 6th.
    from parsers.dates import find_mentions

    assert [m.kind for m in find_mentions("A sexta (6) edição da corrida de rua terá largada às 7h.")] == ["time"]
    assert [m.kind for m in find_mentions("Na sexta (6), às 10h, o prefeito inaugura a praça.")] == ["weekday", "time"]
