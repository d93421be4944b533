"""A date that names a street or a square ("Piazza 1° Maggio", "Avenida 9 de Julio", "Place du 4 Septembre") is no
day: the rows of an item under its day heading stay on that day (world-fortysixth 11: a traffic order's bans under
"SABATO 25 MARZO 2023" went to 1 May, the square's name). A day written after such words as an ordinary date stays.
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Traffic changes

Source: Town Hall

{body}
"""

# (body, zone, expected local starts, why)
CASES = [
    ("Per il mercato cambia la circolazione.\n\nVENERDÌ 12 APRILE 2030\n"
     "- dalle ore 07:00 alle ore 14:00: divieto di sosta in Piazza 2 Giugno, lato nord\n",
     "Europe/Rome", ["2030-04-12 07:00"], "an Italian square named after 2 June"),
    ("Cortes de tránsito por el desfile.\n\nDomingo 14 de abril de 2030\n"
     "- de 09:00 a 13:00 horas: desfile cívico por la Avenida 9 de Julio entre Corrientes y Belgrano\n",
     "America/Argentina/Buenos_Aires", ["2030-04-14 09:00"], "a Spanish avenue named after 9 July"),
]


@pytest.mark.parametrize(("body", "zone", "expected", "why"), CASES)
def test_a_date_naming_a_place_leaves_the_day_heading(body: str, zone: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="town", reference=dt.date(2030, 4, 1), default_zone=zone).events
    starts = sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)
    assert starts == expected, why


@pytest.mark.parametrize(("text", "days"), [
    ("La fiera si tiene in Piazza 1° Maggio.", []),
    ("Rendez-vous Place du 4 Septembre à Paris.", []),
    ("El acto es en la Plaza 25 de Mayo.", []),
    ("La fiera si tiene il 1° maggio in piazza.", [(5, 1)]),
    ("The meeting will take place 5 May in Rome.", [(5, 5)]),
])
def test_which_days_name_places(text: str, days: list[tuple[int, int]]) -> None:
    found = [(m.first.month, m.first.day) for m in find_mentions(text) if m.kind == "day" and m.first is not None]
    assert found == days
