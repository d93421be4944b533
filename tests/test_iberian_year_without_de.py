"""A Spanish or Portuguese date whose year follows its month with no "de" ("Tegucigalpa, 05 abril 2016", "5 de abril,
2016"), as datelines write it, gives its year: the item's weekdays ("este martes") were put in the year nearest the
reading day instead. (Left by w76's La Prensa item; texts of our own.)"""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions
from tests.test_notevents import events_of, when


@pytest.mark.parametrize(("text", "year"), [
    ("Tegucigalpa, 05 abril 2031. El ministro viaja este martes.", 2031),
    ("La sesión será el 5 de abril, 2031 a las 10.", 2031),
    ("Lisboa, 7 maio 2031. O ministro viaja nesta terça-feira.", 2031),
])
def test_the_year_after_the_month(text: str, year: int) -> None:
    days = [m for m in find_mentions(text) if m.kind == "day" and m.first]
    assert [m.first.year for m in days if m.first] == [year]


def test_the_datelines_year_dates_the_weekday() -> None:
    body = "Tegucigalpa, 05 abril 2031\n\nEl canciller viaja este martes a Panamá para la cumbre regional."
    assert when(events_of(body, zone="America/Tegucigalpa")) == ["2031-04-08"]


@pytest.mark.parametrize("text", [
    # (found by review) a count after the comma that follows the month is no year: a noun in lower case follows it
    "El presidente inaugurará la feria el 5 de abril, 2030 personas asistirán a las 10 horas.",
    "O ministro abre a feira em 5 de abril, 2030 visitantes são esperados.",
])
def test_a_count_after_the_comma_is_no_year(text: str) -> None:
    days = [m for m in find_mentions(text) if m.kind == "day" and m.first]
    assert [(m.first.day, m.first.month, m.first.year) for m in days if m.first] == [(5, 4, None)]
