"""A church named after its saint ("junto a la catedral de San Salvador", "en la iglesia de San Salvador") is no town
of that name: a Spanish agenda's row beside Oviedo's cathedral, and the row after it, were put on El Salvador's clock.
Items in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

AGENDA = """Agenda de actos del Gobierno para el miércoles, 10 de abril de 2031

Source: Gobierno del Principado de Asturias

CONSEJERÍA DE TURISMO
Oviedo, 13:30 horas.
Lugar: {venue}.
Saludo de la consejera a los periodistas que visitan la ciudad.
19:20 horas.
Entrevista a la consejera en la radio regional.
"""


@pytest.mark.parametrize("venue", ["junto a la catedral de San Salvador", "en la iglesia de San Salvador",
                                   # a palace or a school named after a saint is no town either
                                   "en el Palacio de San Salvador", "en el Colegio de San Salvador"])
def test_the_rows_keep_their_towns_clock(venue: str) -> None:
    events = extract(AGENDA.format(venue=venue), source="agenda", reference=REFERENCE).events
    assert {str(e.start.tzinfo) for e in events if not e.all_day} == {"Europe/Madrid"}
