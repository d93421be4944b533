"""A title with its date words taken out keeps no stray "de" between a Spanish or Portuguese time and its day: "La
firma será a las 11 de este martes" is "La firma será", not "La firma será de" (issue #10, "Titles"). Seen in
world-seventyninth (an Argentine day agenda whose 11:00 signing was titled "La firma será de"); the texts are
ours."""

from __future__ import annotations

import pytest

from parsers.datefree import without_dates
from parsers.dates import find_mentions


@pytest.mark.parametrize(("sentence", "left"), [
    ("La inauguración será a las 10 de este jueves", "La inauguración será"),
    ("A reunião começa às 9h do dia 5 de maio", "A reunião começa"),
])
def test_the_days_of_goes_with_the_clock(sentence: str, left: str) -> None:
    assert without_dates(sentence, find_mentions(sentence, "dmy")) == left


def test_a_de_between_two_days_is_untouched() -> None:
    """Only the "de" right after a time goes: "del 3 al 5 de mayo" reads as before."""
    sentence = "La feria de artesanos abre el 3 de mayo"
    assert without_dates(sentence, find_mentions(sentence, "dmy")) == "La feria de artesanos abre"
