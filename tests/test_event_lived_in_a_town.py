"""A town after a verb of living is a biography's only when a person lives there: "La Nuit des musées se vit à
Montréal", "Si vive a Palermo la Notte dei Musei", "¡Vive en Ciudad de México la Noche de Museos ...!" say the event
is lived in that town, which is where it is held (its zone). "Nacida en Rosario el 3 de marzo de 1970" stays a
biography. Review of s49-w135 (placeroles._RESIDENCE); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _zones(text: str) -> set[str]:
    return {str(e.start.tzinfo) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)}


@pytest.mark.parametrize(("body", "zone"), [
    ("¡Vive en Ciudad de México la Noche de Museos el 14 de mayo de 2026 a las 19:00 horas!", "America/Mexico_City"),
    ("Si vive a Palermo la Notte dei Musei il 14 maggio 2026 alle ore 19:00.", "Europe/Rome"),
    ("La Nuit des musées se vit à Montréal le 14 mai 2026 à 19 h 00.", "America/Toronto"),
])
def test_an_event_lived_in_a_town_is_held_there(body: str, zone: str) -> None:
    assert _zones(f"Nota\n\nSource: Museo\n\n{body}\n") == {zone}


def test_a_birthday_after_the_town_stays_a_biography() -> None:
    text = ("Conferencia en el museo\n\nSource: Museo de Bellas Artes de Sevilla\n\nConferencia de Lucía Paredes, "
            "historiadora nacida en Rosario el 3 de marzo de 1970, el jueves 14 de mayo de 2026 a las 19:00, en el "
            "salón de actos del museo, Sevilla.\n")
    assert _zones(text) == {"Europe/Madrid"}
