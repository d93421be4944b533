"""Towns named in Portuguese ("em Montevidéu", "em Genebra", "Nova Iorque", "Pequim") are those towns, in their
zones: releases from Brazil, Portugal and the Lusophone bodies give them so. Seen in world-hundredtwentyseventh (the
MERCOSUR parliament's plenary "às 11 horas" in "Montevidéu" was read in the default zone, three hours off). Items in
our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Reunião do Conselho

Source: Secretaria do Conselho

Nota de 2 de maio de 2024.

O Conselho reúne-se na quinta-feira, 9 de maio de 2024, às 10 horas, {place}.
"""


@pytest.mark.parametrize(("place", "offset"), [
    ("na sede do organismo em Montevidéu", -3),
    ("em Tóquio", 9),
    ("na Cidade do México", -6),
    ("num hotel de Joanesburgo", 2),
    ("na embaixada em Moscovo", 3),
    ("na sede do Conselho em Bruxelas", 2),
])
def test_a_portuguese_name_of_a_town(place: str, offset: int) -> None:
    events = extract(ITEM.format(place=place), source="council", reference=dt.date(2024, 5, 2),
                     default_zone="Europe/Lisbon").events
    assert [(e.start.strftime("%H:%M"), e.start.utcoffset()) for e in events] == [("10:00", dt.timedelta(hours=offset))]
