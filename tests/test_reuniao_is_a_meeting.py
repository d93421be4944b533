"""Portuguese "reunião" is a meeting ("Reunião ministerial às 10h"), not the island of Réunion in that language: a
Brazilian or Portuguese agenda's rows kept the island's clock. Items in our own words."""

from __future__ import annotations

from parsers import extract
from parsers.places import find_places

from .conftest import REFERENCE


def test_reuniao_names_no_place() -> None:
    assert find_places("Reunião ministerial no Palácio") == []


def test_an_agenda_row_keeps_its_towns_clock() -> None:
    text = """Agenda do ministro

Source: A ministry

Brasília, 9 de maio de 2031

Terça-feira, 13 de maio
10h – Reunião com os secretários estaduais
"""
    events = extract(text, source="agenda", reference=REFERENCE).events
    assert [str(e.start.tzinfo) for e in events] == ["America/Sao_Paulo"]
