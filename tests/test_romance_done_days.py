"""A French, Spanish or Italian day that a deed done dates ("le bureau ayant rendu son avis le 11 décembre", "la ley
firmada el 1 de julio", "il decreto approvato il 2 aprile") is history, as "signed on 4 June"
is in English; it was published as an event, with the clock of the sitting the sentence announces (world-eightyfirst,
a territorial congress's agenda and a senate's session notice). A deed still to come ("sera signé le") keeps its
day, and so does an open door ("Porte Aperte il 20 settembre"). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

NOTICE = """Avis

Source: Une assemblée

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le conseil ayant adopté son budget le 4 mars 2031, l'assemblée se réunit le jeudi 13 mars 2031 à 10 heures.",
     ["2031-03-13 10:00"]),
    ("Conforme al convenio firmado el 1 de marzo de 2031, la comisión sesiona el martes 18 de marzo de 2031 a las "
     "11:00.", ["2031-03-18 11:00"]),
    ("Il decreto approvato il 2 aprile 2031 sarà illustrato in conferenza stampa il 9 aprile 2031 alle 12:00.",
     ["2031-04-09 12:00"]),
])
def test_a_day_a_deed_done_dates_is_no_event(sentence: str, expected: list[str]) -> None:
    assert listed(NOTICE.format(sentence=sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "L'accord sera signé le 20 mai 2031 à 15 heures à Paris.",
    # (found by review) other futures, and an adverb between
    "L'accord va être signé le 20 mai 2031 à 15 heures à Paris.",
    "L'accord sera officiellement signé le 20 mai 2031 à 15 heures à Paris.",
    "L'accordo verrà firmato il 20 maggio 2031 alle 15 a Roma.",
    "Los acuerdos van a ser firmados el 20 de mayo de 2031 a las 15:00 en Madrid.",
])
def test_a_deed_to_come_keeps_its_day(sentence: str) -> None:
    assert [day[:10] for day in listed(NOTICE.format(sentence=sentence))] == ["2031-05-20"]
