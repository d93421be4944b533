""""Local: ..." is Portuguese for "Location: ...": the line under an agenda's row says where that row happens, and
so on whose clock its time is. A labelled venue line in a town abroad also locates a row that names only a country
("recebe o Embaixador de Portugal") or has only the item's region, where before only a town of the same country
could. Seen in world-seventyfourth (an Azorean agenda's "Local: em Angra do Heroísmo, ..." and "Local: em Bruxelas,
rue Wiertz, ..." lines were not read, and its rows kept the item's clock). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

AGENDA = """Agenda do Ministério dos Negócios Estrangeiros para 9 de maio

Source: Ministério dos Negócios Estrangeiros, Portugal

Publicado a 8 de maio de 2023

TERÇA-FEIRA, DIA 9:

09H00 - O Ministro preside à abertura do seminário sobre a diplomacia económica.
Local: Palácio das Necessidades, em Lisboa.

15H00 - O Secretário de Estado reúne com o Embaixador de Portugal junto da NATO.
Local: sede da NATO, boulevard Léopold III, em Bruxelles.

18H00 - O Secretário de Estado participa na receção oferecida pela comunidade portuguesa.
Local: Maison de Portugal, em Bruxelles.
"""


def _utc() -> list[str]:
    events = extract(AGENDA, source="t", reference=dt.date(2023, 5, 1)).events
    return sorted(e.start.astimezone(dt.UTC).strftime("%H:%M") for e in events)


def test_each_row_on_the_clock_of_its_venue_line() -> None:
    # Lisbon UTC+1 in May, Brussels UTC+2
    assert _utc() == ["08:00", "13:00", "16:00"]


def test_the_venue_line_is_the_rows_location() -> None:
    events = extract(AGENDA, source="t", reference=dt.date(2023, 5, 1)).events
    assert any("Palácio das Necessidades" in (e.location or "") for e in events)


def test_local_before_a_clock_is_the_local_time() -> None:
    """English "Local: 14:00" gives the local clock, not a venue: the launch keeps its own time."""
    text = """Launch window

Source: A space agency

Tokyo, 10 May 2031

Tuesday 13 May 2031
Liftoff
Local: 14:00
UTC: 05:00
"""
    events = extract(text, source="launch", reference=dt.date(2031, 5, 10)).events
    assert any(f"{e.start:%H:%M}" == "14:00" and str(e.start.tzinfo) == "Asia/Tokyo" for e in events)
    assert all(e.location != "14:00" for e in events)
