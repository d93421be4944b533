""""parte para Sófia, Bulgária", "em Panamá": a place the gazetteer writes without the accents a Portuguese,
Spanish or French text gives it is still that place (world-fortyfirst 4: Sofia's entries were read on Lisbon's
clock); a word of a person's name ("Estadio Ebal Rodríguez") and a word opening a sentence ("Réunion publique
...", a meeting) stay no place. Our own words."""

from __future__ import annotations

import pytest

from parsers.places import find_places


@pytest.mark.parametrize(("text", "expected"), [
    ("O Presidente parte para Sófia, Bulgária, às 15:00.", {"Sofia", "Bulgaria"}),
    ("A reunião decorre na Cidade do Panamá, no Panamá.", {"Panama"}),
    ("Chega ao Aeroporto Internacional de Sófia ao fim da tarde.", {"Sofia"}),
])
def test_a_place_written_with_accents(text: str, expected: set[str]) -> None:
    assert expected <= {m.place.name for m in find_places(text)}


@pytest.mark.parametrize(("text", "name"), [
    ("Santos vs Saprissa - Estadio Ebal Rodríguez", "Rodriguez"),  # a word of a person's name
    ("Réunion publique sur le nouveau marché couvert", "Reunion"),  # a word opening a sentence: a meeting
])
def test_a_word_that_is_no_place_stays_one(text: str, name: str) -> None:
    assert name not in {m.place.name for m in find_places(text)}
