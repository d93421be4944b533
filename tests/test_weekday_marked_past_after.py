"""A weekday with the word after it that marks it as the last one gone by ("el lunes pasado", "o sábado passado",
"sabato scorso", "samedi dernier"), as English marks it before ("last Monday"), is a day of the past, not an event:
an Argentine daily's story put "el lunes pasado se concretó una reunión" on the next Monday (pages-p27,
pagina12.com.ar). "pasado mañana" is the day after tomorrow. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.tense import weekday_gone_by

ITEM = """Limpieza de la costa

Source: Diario del Sur

Published: 4 May 2022

{body}
"""

# (body, why): beside a rally to come, a meeting told as done
CASES = [
    ("Los clubes marcharán este jueves a las 17 horas frente al estadio.\n\nHubo contactos con los clubes y "
     "finalmente el lunes pasado se concretó una reunión de delegados en la sede de la federación, donde se acordó "
     "el recorrido.", "Spanish: 'el lunes pasado'"),
    ("Os clubes vão marchar nesta quinta-feira às 17h em frente ao estádio.\n\nNo sábado passado, os delegados se "
     "reuniram na sede da federação, onde o percurso foi combinado.", "Portuguese: 'no sábado passado'"),
]


@pytest.mark.parametrize(("body", "why"), CASES)
def test_a_weekday_marked_past_is_no_event(body: str, why: str) -> None:
    events = extract(ITEM.format(body=body), source="es", reference=dt.date(2022, 5, 1), default_zone="UTC").events
    assert [e.start.isoformat() for e in events] == ["2022-05-05T17:00:00+00:00"], why


@pytest.mark.parametrize(("text", "weekday", "expected"), [
    ("el lunes pasado se reunieron", "lunes", True),
    ("sabato scorso si sono visti", "sabato", True),
    ("se verán el lunes pasado mañana", "lunes", False),
    ("el lunes habrá reunión", "lunes", False),
])  # fmt: skip
def test_the_word_after_the_weekday(text: str, weekday: str, expected: bool) -> None:
    start = text.index(weekday)
    assert weekday_gone_by(text, start, start + len(weekday)) is expected
