"""A swearing-in is a ceremony in every language the releases use ("the swearing-in", "la toma de posesión", "la
investidura", "a cerimônia de posse"); so the day of one is not folded into a meeting held the same day.

Texts in our own words, in the style of a presidency's programme abroad.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import CEREMONY, Article
from parsers import extract_articles, kinds

_SATURDAY = dt.date(2031, 8, 2)


@pytest.mark.parametrize("text", [
    "The President attends the swearing-in of the new Head of State on Sunday.",
    "El presidente asistirá a la toma de posesión del nuevo mandatario.",
    "La investidura del presidente electo se celebra en el Congreso.",
    "O presidente participa da cerimônia de posse em Brasília.",
])
def test_a_swearing_in_is_a_ceremony(text: str) -> None:
    assert kinds.classify(text) == CEREMONY


def test_its_day_stays_beside_a_meeting_that_day() -> None:
    body = ("El presidente viaja a Lima: el domingo 3 de agosto asistirá a la toma de posesión del nuevo "
            "presidente.\n\n"
            "Domingo 3 de agosto, a las 11:00 horas: reunión bilateral con el presidente de Chile.")
    article = Article(source="t", title="Agenda del viaje", body=body, url="", published=_SATURDAY,
                      org="Presidencia de la República del Paraguay")
    starts = sorted(str(e.start) for e in extract_articles([article], reference=_SATURDAY).events)
    assert starts[0] == "2031-08-03"
    assert len(starts) == 2
