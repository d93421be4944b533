"""An hour written as a word, then the part of the day ("a las cinco de la tarde", "a la una y media de la tarde",
"às oito da noite"), is a clock: an Argentine daily's story of a rally at the courts ("se congregarán este jueves a
las cinco de la tarde") gave an all-day event. Without the part of the day the word stays a number ("las cinco
provincias"). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Convocatoria vecinal

Source: Junta vecinal

Published: 2 March 2031

{body}
"""

# (body, expected starts, why)
CASES = [
    ("Los vecinos se reunirán el jueves 6 de marzo a las cinco de la tarde frente a la escuela.",
     ["2031-03-06 17:00"], "an afternoon hour as a word"),
    ("La feria abre el sábado 8 de marzo a las diez de la mañana en el parque.", ["2031-03-08 10:00"],
     "a morning hour"),
    ("La charla será el viernes 7 de marzo a la una y media de la tarde en la biblioteca.", ["2031-03-07 13:30"],
     "one o'clock, and a half hour"),
    ("A assembleia será na sexta-feira (7/3) às oito da noite na sede.", ["2031-03-07 20:00"],
     "Portuguese: 'às oito da noite'"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_hour_words_are_clocks(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="es", reference=dt.date(2031, 3, 1), default_zone="UTC").events
    got = sorted(e.start.strftime("%Y-%m-%d") if e.all_day else e.start.strftime("%Y-%m-%d %H:%M") for e in events)
    assert got == expected, why


@pytest.mark.parametrize("text", [
    "Las cinco provincias del sur firmaron el acuerdo el lunes 3 de marzo.",
    "Llegaron las dos delegaciones de la mañana y de la tarde.",
])  # fmt: skip
def test_without_the_part_of_the_day_the_word_is_no_clock(text: str) -> None:
    assert [m for m in find_mentions(text) if m.kind == "time"] == []


@pytest.mark.parametrize(("sentence", "hour"), [
    # (found by review: "doce de la noche" was read as noon)
    ("El concierto será el sábado a las doce de la noche en la Plaza Mayor.", dt.time(0, 0)),
    ("La vigilia empieza a las 12 de la noche.", dt.time(0, 0)),
    ("O baile começa às doze da noite na praça.", dt.time(0, 0)),
    ("A missa é às doze da manhã.", dt.time(12, 0)),
])
def test_twelve_at_night_is_midnight(sentence: str, hour: dt.time) -> None:
    assert [m.time for m in find_mentions(sentence) if m.kind == "time"] == [hour]
