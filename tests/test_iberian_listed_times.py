"""Portuguese and Spanish list a day's two sittings in one sentence: "julga em duas sessões: a partir das 10h, de
manhã, e a partir das 14h, à tarde", "às 10h e às 14h", "a las 10:00 y a las 16:00". Only the first time was an
event: the list of times was joined by "and", "und" and "et" alone (English "at 10 am and at 2 pm" gave both). Seen
in Brazil's STF plenary agenda (world-hundredthirtysecond 9). Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

TEMPLATE = """{title}

Source: {org}

{stamp}

{sentence}
"""

CASES = [
    ("Tribunal de Justiça de Santa Catarina", "05/11/2030 18:12",
     "Nesta quarta-feira (6), o Órgão Especial julga em duas sessões: a partir das 9h, de manhã, "
     "e a partir das 15h, à tarde.", [(6, 9), (6, 15)]),
    ("Câmara Municipal de Curitiba", "05/11/2030 18:12",
     "Nesta quarta-feira (6), a comissão ouve os secretários às 9h e às 16h.", [(6, 9), (6, 16)]),
]


@pytest.mark.parametrize(("org", "stamp", "sentence", "starts"), CASES)
def test_each_listed_time_is_a_sitting(org: str, stamp: str, sentence: str, starts: list[tuple[int, int]]) -> None:
    text = TEMPLATE.format(title="Pauta", org=org, stamp=stamp, sentence=sentence)
    events = extract(text, source="court", reference=dt.date(2030, 11, 5)).events
    assert sorted((e.start.day, e.start.hour) for e in events if not e.all_day) == starts
