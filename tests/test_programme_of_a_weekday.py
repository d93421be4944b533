"""A heading that names the weekday a programme or agenda is of, in Portuguese or Spanish ("Programa de terça-feira:",
"Agenda del jueves"), dates the timed rows below it, as "Programme for Tuesday:" does in English: the next such day
after the item's stamp. Seen in world-hundredtwentyseventh (a parliamentary assembly's "Programa de terça-feira:" over
"09:30 — sessão plenária" and "11:30 — ..." was read on the stamp's Monday). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Conferência regional

Source: Secretariado da Conferência

{stamp}

A conferência abre hoje às 16:00 no centro de congressos.

{heading}
10:00 — reunião dos ministros;
12:30 — conferência de imprensa.
"""


@pytest.mark.parametrize(("stamp", "heading", "day"), [
    ("07/11/2023 10:15", "Programa de quinta-feira:", dt.date(2023, 11, 9)),
    ("07/11/2023 10:15", "Agenda de sexta-feira", dt.date(2023, 11, 10)),
    ("07/11/2023 10:15", "Programa del jueves:", dt.date(2023, 11, 9)),
])
def test_the_rows_fall_on_the_weekday_of_the_heading(stamp: str, heading: str, day: dt.date) -> None:
    events = extract(ITEM.format(stamp=stamp, heading=heading), source="conference", reference=dt.date(2023, 11, 7),
                     default_zone="Europe/Lisbon").events
    rows = sorted((e.start.date(), e.start.strftime("%H:%M")) for e in events if e.start.strftime("%H:%M") != "16:00")
    assert rows == [(day, "10:00"), (day, "12:30")]


def test_the_weekday_of_a_programme_is_a_day_mention() -> None:
    assert [(m.kind, m.weekday) for m in find_mentions("Programa de terça-feira:")] == [("weekday", 1)]
    assert [(m.kind, m.weekday) for m in find_mentions("Agenda del sábado")] == [("weekday", 5)]
