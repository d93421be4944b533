"""A Portuguese or Spanish weekday, then "dia"/"día" and the day of the month ("nesta quinta-feira, dia 26, das 8h",
"el jueves, día 12, a las 10 horas"): that weekday, that day, as "nesta quinta-feira (26)" and "nesta terça-feira,
3," already were. Without it the weekday was read alone, as the next such weekday after the stamp (found in
world-seventysixth: a governor's audiences "nesta quinta-feira, dia 26" lost their day). A whole date after "dia"
("dia 26 de janeiro") is read as the date it is. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Agenda da prefeita

Source: Prefeitura

Publicado em 1 de outubro de 2031

{body}
"""


@pytest.mark.parametrize(("body", "start"), [
    ("Nesta quinta-feira, dia 9, às 10h, a prefeita recebe os vereadores da base aliada.",
     "2031-10-09 10:00"),
    ("Na sexta-feira, dia 10, às 15h, a prefeita inaugura a creche do bairro Alto.", "2031-10-10 15:00"),
    ("El jueves, día 9, a las 11 horas, la alcaldesa firma el acta con los concejales.", "2031-10-09 11:00"),
])
def test_weekday_then_dia_and_the_day(body: str, start: str) -> None:
    events = extract(ITEM.format(body=body), source="p", reference=dt.date(2031, 10, 1),
                     default_zone="America/Sao_Paulo").events
    got = [e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day]
    assert got == [start]


def test_a_whole_date_after_dia_stays_a_date() -> None:
    found = [(m.kind, m.text) for m in find_mentions("na quinta-feira, dia 9 de outubro, às 10h")]
    # (with its weekday when "dia" follows the weekday's comma: test_weekday_then_dia_dates)
    assert any(kind == "day" and text.endswith("9 de outubro") for kind, text in found)
