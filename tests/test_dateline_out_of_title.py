"""A release's opening dateline ("Port-au-Prince, le 12 février 2025 –", "Tegucigalpa, 3 de marzo de 2025 –") is not
part of the title of the event its sentence announces, in French and Spanish as in English, and for a town written
with hyphens. Texts of our own."""

from __future__ import annotations

import pytest

from parsers import kinds


@pytest.mark.parametrize(("clause", "expected"), [
    ("Port-au-Prince, le 12 février 2025 – Le porte-parole tiendra un point de presse au siège",
     "Event: Le porte-parole tiendra un point de presse au siège"),
    ("Tegucigalpa, 3 de marzo de 2025 – La Coordinadora visita Choluteca", "Event: La Coordinadora visita Choluteca"),
    ("Le Havre, 4 mars 2025 – Le maire inaugure le port", "Event: Le maire inaugure le port"),
    ("Nairobi, 4 March 2025 – The Commission holds a briefing", "Event: Commission holds a briefing"),
])
def test_a_dateline_leaves_the_title(clause: str, expected: str) -> None:
    assert kinds.sentence_summary(kinds.EVENT, clause) == expected


def test_words_that_are_no_town_before_a_dash_stay() -> None:
    assert kinds.sentence_summary(kinds.EVENT, "Open doors, 4 mars – Le musée accueille le public").startswith(
        "Event: Open doors")
