"""An acute accent or an apostrophe between hour and minutes ("a las 14´30 horas", "a las 10'30 h."), as Spanish
town halls type a time, is a clock time where the word that says clock follows ("horas", "h"); without it ("2'30
minutos", "años '30") it is none. Seen in world-hundredfourth (a Murcian town hall's extraordinary sitting "este
jueves, 27 de febrero a las 14´30 horas" was published as a day). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Convocatoria del Pleno

Source: Ayuntamiento de Lorca

12 de marzo de 2019

El Pleno municipal se reúne en sesión ordinaria el jueves 14 de marzo {when} en el salón de plenos de Lorca.
"""


@pytest.mark.parametrize("when", ["a las 19´30 horas", "a las 19'30 horas", "a las 19’30 h.", "a las 19´30 HORAS"])
def test_accent_between_hour_and_minutes_is_a_clock(when: str) -> None:
    events = extract(ITEM.format(when=when), source="t", reference=dt.date(2019, 3, 1)).events
    assert [(e.start.isoformat(), e.timezone) for e in events] == [("2019-03-14T19:30:00+01:00", "Europe/Madrid")]


def test_without_the_clock_word_it_is_no_time() -> None:
    text = ITEM.format(when="tras una pausa de 2'30 minutos")
    events = extract(text, source="t", reference=dt.date(2019, 3, 1)).events
    assert [(e.start, e.timezone) for e in events] == [(dt.date(2019, 3, 14), "")]
