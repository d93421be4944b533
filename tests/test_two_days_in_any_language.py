"""Two days of one month joined by "and" in another language: "am 14. und 21. September", "les 14 et 21
septembre", "el 14 y el 21 de septiembre", "nos dias 14 e 21 de setembro", "il 14 e il 21 settembre", "op 14 en 21
september". Days that do not follow each other are two days, as English "on 5 and 7 March" is; days that do
("los días 22 y 23 de mayo") are one sitting of two days. German, French and Spanish read them as one span from the
first to the last; Portuguese, Italian and Dutch kept only the last day. "Between" in each language still makes a
span ("entre el 3 y el 9 de mayo"). The Spanish form was left open by the world-sixtyfirst notes; the others are
its kin. Items in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE, listed

RELEASE = """Council sittings announced

Source: A town council

{sentence}
"""

APART = [
    "Die Ratssitzungen finden am 14. und 21. September 2027 im Rathaus statt.",
    "Les séances du conseil auront lieu les 14 et 21 septembre 2027 à la mairie.",
    "Las sesiones del pleno serán el 14 y el 21 de septiembre de 2027 en el Ayuntamiento.",
    "As sessões da Câmara serão realizadas nos dias 14 e 21 de setembro de 2027 no Paço Municipal.",
    "Le sedute del consiglio si terranno il 14 e il 21 settembre 2027 in Municipio.",
    "De raadsvergaderingen vinden plaats op 14 en 21 september 2027 in het stadhuis.",
]

FOLLOWING = [
    "Las jornadas del pleno serán los días 22 y 23 de septiembre de 2027 en el Ayuntamiento.",
    "As jornadas da Câmara serão realizadas nos dias 22 e 23 de setembro de 2027 no Paço Municipal.",
    "Le giornate del consiglio si terranno il 22 e 23 settembre 2027 in Municipio.",
    "De raadsdagen vinden plaats op 22 en 23 september 2027 in het stadhuis.",
]

BETWEEN = [
    "La feria del libro se celebra entre el 3 y el 9 de mayo de 2027 en el Retiro.",
    "Die Buchmesse läuft zwischen dem 3. und 9. Mai 2027 in der Stadthalle.",
    "The book fair runs between 3 and 9 May 2027 in the city hall.",
    "The book fair runs between May 3rd, and May 9th, 2027 in the city hall.",
    # (Italian and Dutch read the span from its first figure: "between" stands before it)
    "La fiera del libro si svolge a Roma tra il 3 e il 9 maggio 2027.",
    "De boekenbeurs vindt plaats in Amsterdam tussen 3 en 9 mei 2027.",
]


@pytest.mark.parametrize("sentence", APART)
def test_two_days_apart_are_two_days(sentence: str) -> None:
    assert listed(RELEASE.format(sentence=sentence)) == ["2027-09-14", "2027-09-21"]


@pytest.mark.parametrize("sentence", FOLLOWING)
def test_two_days_that_follow_each_other_are_one_sitting_of_both(sentence: str) -> None:
    assert listed(RELEASE.format(sentence=sentence)) == ["2027-09-22..2027-09-23"]


@pytest.mark.parametrize("sentence", BETWEEN)
def test_between_still_makes_a_span(sentence: str) -> None:
    assert listed(RELEASE.format(sentence=sentence)) == ["2027-05-03..2027-05-09"]


def test_the_joining_word_leaves_the_title_with_the_days() -> None:
    text = RELEASE.format(sentence="Die Konzerte finden am 14. und 21. September 2027 im Rathaus statt.")
    assert [e.summary for e in extract(text, source="rows", reference=REFERENCE).events] \
        == ["Event: Die Konzerte finden im Rathaus statt"] * 2
