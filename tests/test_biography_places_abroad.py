"""A speaker's biography in French, Spanish, Portuguese, German or Italian names where the speaker was born or lives
("né à Benin City (Nigeria)", "il vit et travaille à Graz, en Autriche", "nacida en Rosario", "lebt und arbeitet in
Köln"): the town, and the country said after it, are the speaker's, not where the event is, as "born in Lagos" and
"based in Los Angeles" are in English (issue #10, "Zones"). Seen in world-hundredthirtyfifth (a Geneva museum's
visits put on Vienna's clock, then Lagos's, by its guests' biographies); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _zones(text: str) -> set[str]:
    return {str(e.start.tzinfo) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)}


def test_french_guests_born_and_living_abroad() -> None:
    text = ("Rencontre au musée\n\nSource: Musée d'art de Lausanne\n\nRencontre avec les artistes, samedi 16 mai 2026 "
            "à 15h, au Musée d'art, place de la Riponne 6, 1005 Lausanne.\n\nInvité-e-s\n\nAda Mensah, photographe, "
            "est née à Kumasi (Ghana) ; elle vit et travaille à Linz, en Autriche.\n\nJon Aarsen, peintre, vit à "
            "Bergen.\n")
    assert _zones(text) == {"Europe/Zurich"}


def test_a_spanish_guest_born_abroad() -> None:
    text = ("Conferencia en el museo\n\nSource: Museo de Bellas Artes de Sevilla\n\nConferencia de Lucía Paredes, "
            "historiadora nacida en Rosario, el jueves 14 de mayo de 2026 a las 19:00, en el salón de actos del museo, "
            "Sevilla.\n")
    assert _zones(text) == {"Europe/Madrid"}


def test_a_german_guest_living_abroad() -> None:
    text = ("Lesung in der Bibliothek\n\nSource: Stadtbibliothek Graz\n\nLesung mit Mara Lind "
            "am Mittwoch, 13. Mai 2026, "
            "um 19.30 Uhr in der Stadtbibliothek Graz. Die Autorin wurde 1980 geboren und lebt und arbeitet in "
            "Lissabon.\n")
    assert _zones(text) == {"Europe/Vienna"}
