"""Spanish and French words for "until" and "at the latest" before a date make it a deadline, as "until" and "by"
do in English: "tienen plazo hasta el 18 de abril a las 18:00 hrs.", "a más tardar el 15 de abril", "jusqu'au 12
avril" (world-thirtyfifth 6: a trade mission's closing time for applications was read as an event). A span "del 3
hasta el 5 de mayo" stays the days of an event. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Convocatoria

Source: Agencia de Promoción

{body}
"""

# (body, expected starts, why)
CASES = [
    ("Las empresas interesadas tienen plazo hasta el 18 de abril a las 18:00 hrs. para enviar sus documentos.",
     [], "a closing time for applications"),
    ("Las postulaciones se reciben hasta el 18 de abril de 2031.", [], "until a day"),
    ("El seminario será el 20 de abril de 2031 a las 10:00 horas. Inscripciones a más tardar el 15 de abril.",
     ["2031-04-20 10:00"], "the seminar stays, its registration deadline goes"),
    ("Les candidatures sont reçues jusqu'au 12 avril 2031. La réunion aura lieu le 20 avril 2031 à 18h.",
     ["2031-04-20 18:00"], "in French"),
    ("La feria se realiza del 3 hasta el 5 de mayo de 2031 en Lima.", ["2031-05-03"], "a span stays"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_spanish_and_french_deadlines(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="es", reference=dt.date(2031, 4, 1), default_zone="UTC").events
    got = sorted(e.start.strftime("%Y-%m-%d") if e.all_day else e.start.strftime("%Y-%m-%d %H:%M") for e in events)
    assert got == expected, why
