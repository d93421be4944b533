"""A country named in German, French, Spanish, Portuguese or Italian ("Eslovénia, visita oficial", "Staatsbesuch in
Südkorea", "visite en Afrique du Sud") is that country, and its clock is the clock of the times told there: the
gazetteer had only English names of countries, and a Portuguese itinerary's morning in Slovenia was read on Lisbon's
clock (world-fortyfirst 4). Names that are also words, towns or first names in the texts we read ("Island", Iceland in
German; "Granada", Grenada in Spanish; "l'océan Indien") stay what they were. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import best_place, find_places


@pytest.mark.parametrize(("text", "zone"), [
    ("Japão, visita oficial (2.º dia)\n\n3 de março de 2026\n\n10:00\nO Presidente visita uma escola", "Asia/Tokyo"),
    ("Staatsbesuch in Südkorea\n\nAm 3. März 2026 um 10:00 Uhr besucht der Bundespräsident eine Werft.",
     "Asia/Seoul"),
    ("Visite en Afrique du Sud\n\nLe 3 mars 2026 à 10h00, le ministre rencontre des étudiants.",
     "Africa/Johannesburg"),
    ("Visita oficial a Nueva Zelanda\n\nEl 3 de marzo de 2026, a las 10:00, el canciller se reúne con empresarios.",
     "Pacific/Auckland"),
])
def test_times_under_a_country_named_abroad_are_on_its_clock(text: str, zone: str) -> None:
    item = f"Programme of the visit\n\nSource: Office of the Head of State\n\n{text}\n"
    events = extract(item, source="office", reference=dt.date(2026, 3, 2)).events
    assert [e.timezone for e in events] == [zone]


@pytest.mark.parametrize(("name", "country"), [("Slowenien", "SI"), ("Eslovénia", "SI"), ("Suisse", "CH"),
                                               ("Marruecos", "MA"), ("Giappone", "JP")])
def test_a_country_in_another_language_is_that_country(name: str, country: str) -> None:
    place = best_place(find_places(f"visit: {name}"))
    assert place is not None
    assert (place.kind, place.country) == ("country", country)


@pytest.mark.parametrize("text", ["The Island Council meets tonight", "The océan Indien commission",
                                  "Granada hosts the festival"])
def test_a_name_that_is_also_a_word_or_a_town_is_no_country_abroad(text: str) -> None:
    place = best_place(find_places(text))
    assert place is None or place.country not in ("IS", "GD", "IN")
