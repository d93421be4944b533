"""A country whose people nearly all keep one clock (Spain but the Canaries, Portugal but the Azores, Brazil, Chile
but Easter Island, Papua New Guinea but Bougainville) has that clock: "20:00 (hora de España)" is Madrid's 20:00, and a
release from Santiago that names only Chile tells its times on Santiago's clock without calling it a guess. The label
was unknown, and the concert was put on the clock of another country its sentence named. Countries that keep several
clocks for many of their people (the United States, Canada, Australia, Russia, Mexico) still give none. Found probing
the held-out sets' kind "zone" with Spanish-language broadcast times. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.placeindex import lookup

CONCERT = """Concierto en línea

Source: Orquesta de Cámara del Atlántico

El concierto se emite el sábado 16 de marzo de 2024 a las 20:00 ({label}), {argentina} en Argentina
y {mexico} en México.
"""


@pytest.mark.parametrize(("label", "argentina", "mexico", "utc"), [("hora de España", "16:00", "13:00", "19:00"),
                                                                  ("hora de Portugal", "17:00", "14:00", "20:00"),
                                                                  ("hora de Brasil", "20:00", "17:00", "23:00")])
def test_a_countrys_time_is_the_clock_of_nearly_all_its_people(label: str, argentina: str, mexico: str,
                                                                utc: str) -> None:
    text = CONCERT.format(label=label, argentina=argentina, mexico=mexico)
    events = extract(text, source="orquesta", reference=dt.date(2024, 3, 1)).events
    assert [f"{e.start.astimezone(dt.UTC):%H:%M}" for e in events] == [utc]


@pytest.mark.parametrize(("name", "certain"), [("Spain", True), ("Chile", True), ("Papua New Guinea", True),
                                               ("United States", False), ("Canada", False), ("Australia", False),
                                               ("Russia", False), ("Mexico", False)])
def test_only_a_country_of_nearly_one_clock_has_a_certain_clock(name: str, certain: bool) -> None:
    place = lookup(name)
    assert place is not None
    assert place.zone_certain is certain
