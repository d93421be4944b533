"""A Spanish range of two clocks with minutes after "de" or "desde", with no "las" ("de 08:00 a 17:00", "desde 9.30
hasta 13.00 horas"), is one time with its end, so a row "sábado 18 de octubre de 08:00 a 17:00" says only when and
is read as a timed row (world-thirtyeighth 3: a mobile consulate's two days were read as days, the clocks left in
their summaries). Inside prose the clocks stay two mentions, as before. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Jornada de vacunación en Trujillo

Source: Municipalidad

Published: 2 March 2031

{body}
"""

# (body, expected starts, why)
CASES = [
    ("La brigada atenderá en la plaza de armas.\n\nsábado 8 de marzo de 08:00 a 17:00\n\nSe pide llevar el DNI.",
     ["2031-03-08 08:00"], "a row: the day, then the range"),
    ("La brigada atenderá en la plaza de armas.\n\nsábado 8 de marzo desde 9.30 hasta 13.00 horas\n\nSe pide llevar "
     "el DNI.", ["2031-03-08 09:30"], "with desde ... hasta"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_spanish_clock_ranges(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="es", reference=dt.date(2031, 3, 1), default_zone="UTC").events
    got = sorted(e.start.strftime("%Y-%m-%d") if e.all_day else e.start.strftime("%Y-%m-%d %H:%M") for e in events)
    assert got == expected, why


def test_the_range_is_one_mention_with_its_end() -> None:
    times = [m for m in find_mentions("domingo 9 de marzo de 08:00 a 12:00") if m.kind == "time"]
    assert [(m.time, m.until) for m in times] == [(dt.time(8, 0), dt.time(12, 0))]


def test_inside_prose_the_clocks_stay_apart() -> None:
    times = [m for m in find_mentions("el jueves 2 de julio, de 9:00 a 11:30, es la Cumbre") if m.kind == "time"]
    assert [(m.time, m.until) for m in times] == [(dt.time(9, 0), None), (dt.time(11, 30), None)]


def test_a_range_that_runs_backwards_is_not_read_whole() -> None:
    times = [m for m in find_mentions("de 10:00 a 02:00") if m.kind == "time"]
    assert all(m.until is None for m in times)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("La jornada se realizará el 10 de marzo entre las 10:00 y las 12:30 en la plaza.", ("10:00", "12:30"),
     "'entre las ... y las ...': one range"),
    ("O seminário decorre a 10 de março entre as 14h00 e as 17h30 na biblioteca.", ("14:00", "17:30"),
     "in Portuguese, 'entre as ... e as ...'"),
    ("La brigada llega el 10 de marzo a las 10:00 y las 12:30 se reparten los kits.", ("10:00", "11:00"),
     "'y' after a clock not led by 'entre' makes no range"),
])
def test_between_two_clocks(body: str, expected: tuple[str, str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="es", reference=dt.date(2031, 3, 1), default_zone="UTC").events
    first = min(events, key=lambda e: e.start)
    assert (f"{first.start:%H:%M}", f"{first.end:%H:%M}") == expected, why
