"""Spanish and Portuguese verbs of moving to a place ("se trasladará a Guatemala", "se desplazará a Bolivia",
"deslocou-se a Angola"... in the future) say where the event of their clause is, as "viajará a" does: its time is on
that place's clock. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Gira del ministro

Source: Ministerio de Asuntos Exteriores de España

{sentence}

Madrid, 15 de abril de 2031
"""


@pytest.mark.parametrize(("sentence", "zone"), [
    ("El jueves 24 se trasladará a Guatemala, donde será recibido por el Presidente a las 17:00.",
     "America/Guatemala"),
    ("El jueves 24 se desplazará a Bolivia, donde inaugurará un foro a las 17:00.", "America/La_Paz"),
])
def test_the_time_is_on_the_clock_it_moves_to(sentence: str, zone: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="ministerio", reference=dt.date(2031, 4, 1)).events
    assert [(e.first_day, e.start.hour, e.timezone) for e in events if e.start is not None and not e.all_day] \
        == [(dt.date(2031, 4, 24), 17, zone)]
