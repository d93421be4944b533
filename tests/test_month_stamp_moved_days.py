"""Under a stamp that names only its month ("March 2031"), a day an event was moved to ("The forum was moved to
Thursday, March 20 at 6 pm", "El foro fue aplazado para el 20 de marzo"), or the day of another clause than the deed
told done ("que foi adiado, acontece no dia 20"), is the event's day to come, not history: only a deed told done right
before its own day ("fue celebrada el martes 4 de marzo") is (dating._told_by_the_month). "fue", "foi" stay out of
tense.IBERIAN_PRETERITE: a dated item's "El jueves 20 de marzo fue elegido como fecha" is a day to come. Texts of our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import listed

ITEM = """Forum

Source: Example City

{stamp}

{sentence}
"""


@pytest.mark.parametrize(("stamp", "sentence", "expected"), [
    ("March 2031", "The forum was moved to Thursday, March 20 at 6 pm in City Hall.", ["2031-03-20 18:00"]),
    ("March 2031", "The forum was rescheduled to March 20 in the square.", ["2031-03-20"]),
    ("Marzo de 2031", "El foro fue aplazado para el 20 de marzo a las 18 horas.", ["2031-03-20 18:00"]),
    ("Março de 2031", "O fórum, que foi adiado, acontece no dia 20 de março na praça.", ["2031-03-20"]),
    ("Marzo de 2031", "La convocatoria fue publicada por el municipio y el foro se realiza el 20 de marzo.",
     ["2031-03-20"]),
    ("Marzo de 2031", "La reunión fue celebrada el martes 4 de marzo en la sede.", []),
])
def test_moved_or_done(stamp: str, sentence: str, expected: list[str]) -> None:
    assert listed(ITEM.format(stamp=stamp, sentence=sentence), dt.date(2031, 3, 1)) == expected


def test_a_passive_opening_day_to_come_stays() -> None:
    # (a dated item: "fue" is no past of the opening day, "elegido como fecha" sets it)
    text = ("Sesión\n\nSource: Example City\n\n10 de marzo de 2031\n\n"
            "El jueves 20 de marzo fue elegido como fecha de la sesión.\n")
    assert listed(text, dt.date(2031, 3, 1)) == ["2031-03-20"]
