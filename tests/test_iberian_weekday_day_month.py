"""A Portuguese or Spanish fixture list's weekday, then the day and month with a slash and no brackets ("Sábado 15/03
– 16h (horário de Brasília)", "Domingo, 16/03, às 18h30", "Viernes 14/03"): that day, as "quarta-feira (10/1)" in
brackets already was; the weekday confirms the day comes first. A full date with its year stays as read (found
while probing the forms of world-fortysecond's sports fixtures). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Tabela da rodada

Source: Federação de Futebol

Published: 1 March 2031

{body}
"""

CASES = [
    ("Sábado 15/03 – 16h (horário de Brasília) – Flamengo x Palmeiras, no Maracanã", "2031-03-15 19:00",
     "a weekday, the day and month, an hour with Brasília's clock"),
    ("Domingo, 16/03, às 18h30 – Santos x Grêmio, na Vila Belmiro", "2031-03-16 21:30", "a comma after the weekday"),
    ("Viernes 14/03 a las 20:00 horas: Boca Juniors vs River Plate", "2031-03-14 23:00", "Spanish"),
]


@pytest.mark.parametrize(("body", "start", "why"), CASES)
def test_weekday_then_day_and_month(body: str, start: str, why: str) -> None:
    events = extract(ITEM.format(body=body), source="fed", reference=dt.date(2031, 3, 1),
                     default_zone="America/Sao_Paulo").events
    got = [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day]
    assert got == [start], (why, [(e.start, e.summary) for e in events])
