"""A programme row's label, a colon, then a Portuguese or Spanish weekday with its day of the month in brackets
("Abertura: segunda-feira (19), às 9h", "Clausura: jueves (22), a las 18 horas"): that weekday, that day, as
"nesta quinta-feira (22)" and "de terça-feira (2)" already were. Without it the weekday was not read at all and the
row's clock fell on the item's first day (found in world-eightyfifth: a consultation's closing "Encerramento:
terça-feira (20), às 17h" was put on the opening's day, the 19th). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Seminário regional sobre águas

Source: Secretaria

Publicado em 2 de março de 2031

O seminário reúne técnicos de nove países nos dias 10 e 11 de março, em Manaus.

{body}
"""


@pytest.mark.parametrize(("body", "start"), [
    ("Sessão de abertura: segunda-feira (10), às 14h, no teatro municipal.", "2031-03-10 14:00"),
    ("Visita técnica: terça-feira (11), às 8h30, na estação de tratamento.", "2031-03-11 08:30"),
])
def test_label_colon_weekday_and_day(body: str, start: str) -> None:
    events = extract(ITEM.format(body=body), source="p", reference=dt.date(2031, 3, 2),
                     default_zone="America/Manaus").events
    got = [e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day]
    assert got == [start]


@pytest.mark.parametrize(("text", "weekday", "day"), [
    ("Clausura: jueves (22), a las 18 horas", 3, 22),
    ("Encerramento: sexta-feira (4), às 12h", 4, 4),
])
def test_the_mention_is_the_weekday_of_that_day(text: str, weekday: int, day: int) -> None:
    found = [(m.weekday, m.offset) for m in find_mentions(text) if m.kind == "weekday"]
    assert found == [(weekday, day)]


def test_no_colon_no_brackets_no_change() -> None:
    # a weekday after a colon with no day in brackets is the weekday alone, as before
    found = [(m.kind, m.offset) for m in find_mentions("Reunião: segunda-feira, às 9h") if m.kind == "weekday"]
    assert all(offset == 0 for _, offset in found)
