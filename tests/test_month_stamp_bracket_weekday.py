"""A weekday with its day of the month in brackets ("na segunda-feira (17)") in an item that a month stamp alone dates
("Publicado em outubro de 2022"): the day of that month, as it is under a full stamp (world-hundredsecond 3). The
stamp gives no day to count from, so nothing anchored the weekday; its figure says which day it is. Items in our
own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from tests.conftest import listed

ACRE = dt.timezone(dt.timedelta(hours=-5))
BRASILIA = dt.timezone(dt.timedelta(hours=-3))

COURT = """Tribunal lacra as urnas na quinta-feira (8)

Source: Tribunal Regional Eleitoral de Exemplo

Publicado em maio de 2031

A lacração das urnas acontece no edifício-sede, na quinta-feira (8), a partir das 10 horas, em Rio Branco.
"""

COUNCIL = """Conselho reúne-se na terça (13)

Source: Conselho Estadual de Exemplo

Maio de 2031

O conselho reúne-se na terça (13), às 15h, no auditório da sede, em Brasília.
"""

WRONG_DAY = """Conselho reúne-se na quarta (13)

Source: Conselho Estadual de Exemplo

Maio de 2031

O conselho reúne-se na quarta (13), às 15h, no auditório da sede, em Brasília.
"""


def _timed(text: str) -> list[dt.datetime]:
    return sorted(e.start for e in extract(text, source="t", reference=dt.date(2033, 1, 10)).events if not e.all_day)


def test_the_weekday_and_its_day_in_the_stamped_month() -> None:
    assert _timed(COURT) == [dt.datetime(2031, 5, 8, 10, 0, tzinfo=ACRE)]
    assert _timed(COUNCIL) == [dt.datetime(2031, 5, 13, 15, 0, tzinfo=BRASILIA)]


def test_a_weekday_whose_figure_is_no_such_day_of_the_month_stays_unread() -> None:
    # 13 May 2031 is a Tuesday: "quarta (13)" is no day of the stamped month, and no guess is made
    assert dt.date(2031, 5, 13).weekday() == 1
    assert _timed(WRONG_DAY) == []


def test_a_day_told_in_the_past_under_the_stamp_is_no_event() -> None:
    # (review: a preterite's aside tells a day gone by, not one to come)
    text = ("Fábrica\n\nSource: Governo do Estado\n\nPublicado em dezembro de 2026\n\n"
            "O ministro, que visitou a fábrica na quinta-feira (3), às 10h, elogiou os operários.\n")
    assert listed(text) == []
