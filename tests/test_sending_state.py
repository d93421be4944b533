"""A country named as the state a mission represents ("Embajada de Chile", "the Embassy of Kenya", "Ambasciata di
Francia") is not where the mission's events happen (issue #10, "Zones"): a mission stands in its host country, and
its unlabelled times are on the host's clock. Seen in world-hundredsixth (the Colombian embassy's July programme in
Montevideo was read on Bogotá's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _zones(text: str) -> list[str]:
    """The timed events' starts with their zones."""
    return sorted(f"{e.start:%Y-%m-%d %H:%M} {e.timezone}" for e in
                  extract(text, source="test", reference=_REFERENCE).events if isinstance(e.start, dt.datetime))


def test_spanish_embassy_in_its_host_city() -> None:
    text = ("Semana cultural\n\nSource: Embajada de Chile en Uruguay\n\n3 de junio de 2025\n\n"
            "La Embajada de Chile ofrecerá en Montevideo un recital de poesía.\n\n"
            "Jueves 12 de junio:\n\nHora: 19:00 hrs.\n\nLugar: Residencia de la Embajada de Chile.\n\n"
            "Programa: Recital de poesía.\n")
    assert _zones(text) == ["2025-06-12 19:00 America/Montevideo"]


def test_english_embassy_in_its_host_city() -> None:
    text = ("National Day reception\n\nSource: Embassy of Kenya in Japan\n\n2 December 2025\n\n"
            "The Embassy will hold a reception in Tokyo for Jamhuri Day.\n\n"
            "Date: Friday, 12 December 2025\nTime: 6:30 pm\nVenue: Residence of the Ambassador of Kenya\n")
    assert _zones(text) == ["2025-12-12 18:30 Asia/Tokyo"]


def test_french_embassy_in_its_host_city() -> None:
    text = ("Journée nationale\n\nSource: Ambassade du Sénégal au Canada\n\n2 avril 2025\n\n"
            "L'Ambassade organise une réception à Ottawa.\n\n"
            "Date : vendredi 4 avril 2025\nHeure : 18h30\nLieu : Résidence de l'Ambassadeur du Sénégal\n")
    assert _zones(text) == ["2025-04-04 18:30 America/Toronto"]


def test_a_country_visited_stays_a_place() -> None:
    # The country a delegation travels to is still where its events happen.
    text = ("Ministerial visit\n\nSource: Ministry of Foreign Affairs of Kenya\n\n2 December 2025\n\n"
            "The Minister will travel to Japan and open a business forum on 12 December 2025 at 10:00.\n")
    assert _zones(text) == ["2025-12-12 10:00 Asia/Tokyo"]
