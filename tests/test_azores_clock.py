"""The Azores keep their own clock, an hour behind Lisbon's (UTC-1, UTC+0 in summer), as the Canaries keep theirs
an hour behind Madrid's: "Açores", "Azores", "Canarias" and the Azorean towns the city table lacks or holds only as
small towns ("Ponta Delgada", "Angra do Heroísmo") name that clock; so do the capitals as Portuguese writes them
("Bruxelas", "Genebra"), which the table lacked. Seen in world-seventyfourth (an Azorean regional government's agenda
read every row on Lisbon's or Brussels's clock: rows in Angra and Ponta Delgada an hour early, a conference "em
Bruxelas" an hour late). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import best_place, find_places


@pytest.mark.parametrize(("text", "zone"), [
    ("a reunião do Conselho do Governo, em Ponta Delgada", "Atlantic/Azores"),
    ("a escola secundária de Angra do Heroísmo", "Atlantic/Azores"),
    ("o Governo Regional dos Açores", "Atlantic/Azores"),
    ("the regional parliament of the Azores", "Atlantic/Azores"),
    ("el Gobierno de Canarias", "Atlantic/Canary"),
    ("uma conferência no Parlamento Europeu, em Bruxelas", "Europe/Brussels"),
    ("a sessão do Conselho dos Direitos Humanos, em Genebra", "Europe/Zurich"),
    ("a cimeira em Pequim", "Asia/Shanghai"),
])
def test_place_names_its_clock(text: str, zone: str) -> None:
    place = best_place(find_places(text))
    assert place is not None
    assert place.zone == zone


AGENDA = """Agenda da Secretaria Regional do Mar para 14 de julho

Source: Secretaria Regional do Mar, Açores

Publicado a 13 de julho de 2022

QUINTA-FEIRA, 14 DE JULHO:

10H00 - O Secretário Regional do Mar visita o porto de pescas de Ponta Delgada, com os armadores.
"""


def test_an_azorean_row_is_on_the_azores_clock() -> None:
    events = extract(AGENDA, source="t", reference=dt.date(2022, 7, 1)).events
    assert [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events] == ["2022-07-14 10:00"]
