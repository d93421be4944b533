"""A day of the month alone ("no dia 11", "on the 9th") in an item whose only clue to its own time is a month with
its year ("JM, abril de 2024", "Newsletter, March 2023") is a day of that month: the reader has no other month to
put it in. The month was read as its 15th, so a day before the 15th went to the next month. Seen in
world-seventyfourth (a parliament's debate "nos próximos dias 11 e 12", "No dia 11 ... pelas 10:00" under "JM, abril
de 2024" fell on 11 and 12 May). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

PORTUGUESE = """Calendário do debate do Orçamento

Source: Parlamento de Teste

Boletim, {stamp}

Ficou hoje decidido, na conferência de líderes, que o debate do Orçamento será nos dias {first} e {second}.

No dia {first}, o debate arranca pelas 10:00.

No dia {second}, o debate recomeça pelas 15:00.
"""

ENGLISH = """Council meeting dates

Source: Test Town Council

Newsletter, March 2023

The clerk said today that the council meets once more this month.

On the 9th the council meets at 7:00 p.m. in the town hall.
"""


def _days(text: str) -> list[str]:
    return sorted(str(e.start)[:10] for e in extract(text, source="t", reference=dt.date(2026, 11, 1)).events)


@pytest.mark.parametrize(("stamp", "first", "second", "expected"), [
    ("abril de 2024", 11, 12, ["2024-04-11", "2024-04-12"]),
    ("novembro de 2019", 3, 4, ["2019-11-03", "2019-11-04"]),
    # days after the 15th were right before and stay so
    ("abril de 2024", 22, 23, ["2024-04-22", "2024-04-23"]),
])
def test_portuguese_days_of_the_stamps_month(stamp: str, first: int, second: int, expected: list[str]) -> None:
    assert _days(PORTUGUESE.format(stamp=stamp, first=first, second=second)) == expected


def test_english_day_of_the_stamps_month() -> None:
    assert _days(ENGLISH) == ["2023-03-09"]


def test_a_full_date_still_dates_the_item() -> None:
    """With a publication date of its own, the next such day from it, as before."""
    text = PORTUGUESE.format(stamp="20 de abril de 2024", first=11, second=12)
    days = _days(text)
    assert "2024-05-11" in days
    assert "2024-05-12" in days
    assert "2024-04-11" not in days


def test_the_month_alone_on_its_line_is_the_same_month() -> None:
    """'Abril de 2024' alone at the head (monthstamp.py's stamp) puts the 11th in April too, as 'Boletim, abril de
    2024' does: one month named, one reading of it."""
    text = PORTUGUESE.format(stamp="abril de 2024", first=11, second=12).replace("Boletim, abril de 2024",
                                                                               "Abril de 2024")
    assert _days(text) == ["2024-04-11", "2024-04-12"]
