"""A national force or service that only one country has names that country, as a town hall's kind of office does:
Spain's "Guardia Civil", Portugal's "Guarda Nacional Republicana" and "Autoridade Nacional de Emergência e Proteção
Civil", Italy's "Questura di" and "Carabinieri". Its events keep that country's clock when the text names no place
the gazetteer knows, and a town of a name several countries share is its country's, even one the gazetteer gives only
with its country beside it ("Guadalajara", Spain, not the larger Mexican city). Seen in world-hundredfortythird 1 (a
Guardia Civil command's Pilar feast at "10,00 horas" put on Mexico's clock) and 7 (a Portuguese national drill "às
11:05 horas" put on Brussels'). Texts in our own words."""

from __future__ import annotations

import pytest

from parsers import extract
from parsers.institutioncountry import institution_country

from .conftest import REFERENCE


@pytest.mark.parametrize(("org", "country"), [
    ("Guardia Civil, Comandancia de Toledo", "ES"),
    ("Autoridade Nacional de Emergência e Proteção Civil", "PT"),
    ("Guarda Nacional Republicana, Comando Territorial de Faro", "PT"),
    ("Polizia di Stato, Questura di Lecce", "IT"),
    ("Comando Provinciale Carabinieri di Siena", "IT"),
])
def test_the_force_names_its_country(org: str, country: str) -> None:
    assert institution_country(org) == country


def _zones(text: str) -> list[str]:
    return [str(e.start.tzinfo) for e in extract(text, source="force", reference=REFERENCE).events if not e.all_day]


def test_a_guardia_civil_command_in_guadalajara_keeps_spains_clock() -> None:
    text = """Jornada de puertas abiertas en el cuartel

Source: Guardia Civil, Comandancia de Guadalajara

El cuartel de la Comandancia en Guadalajara abrirá sus puertas al público el sábado 15 de marzo de 2031, a las 11:00
horas, con una exhibición de la unidad canina.
"""
    assert _zones(text) == ["Europe/Madrid"]


def test_a_mexican_guadalajara_stays_mexican_without_such_a_force() -> None:
    text = """Jornada de puertas abiertas

Source: Policía Municipal

El cuartel de la policía en Guadalajara abrirá sus puertas al público el sábado 15 de marzo de 2031, a las 11:00
horas, con una exhibición de la unidad canina.
"""
    assert _zones(text) == ["America/Mexico_City"]


def test_a_portuguese_national_drill_with_no_known_town_keeps_lisbons_clock() -> None:
    text = """Simulacro nacional de evacuação

Source: Autoridade Nacional de Emergência e Proteção Civil

O simulacro nacional de evacuação das escolas realiza-se na sexta-feira, 7 de março de 2031, às 10:30 horas, em
todos os agrupamentos que se inscreveram.
"""
    assert _zones(text) == ["Europe/Lisbon"]
