"""An organisation's kind of office names its country: a Spanish "Ayuntamiento", a Galician "Concello", an Italian
"Comune di", a French "Mairie de". Its town of a name other countries share is that country's: "Ayuntamiento de
Valencia" over "Valencia, 11 de marzo de 2024" is Valencia in Spain, not the larger Venezuelan town the gazetteer
knows first, and the mayor's day is on Madrid's clock. A Latin American "Alcaldía" leaves the gazetteer's town.
Found probing the namesakes left by session 22 (Valencia, Córdoba). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

DAY = """Agenda de la alcaldía

Source: {org}

{town}, 11 de marzo de 2024

Miércoles 13 de marzo
10.00 h. Reunión con vecinos del barrio.
"""


@pytest.mark.parametrize(("org", "town", "zone"), [
    ("Ayuntamiento de Valencia", "Valencia", "Europe/Madrid"),
    ("Ayuntamiento de Córdoba", "Córdoba", "Europe/Madrid"),
    ("Alcaldía de Valencia", "Valencia", "America/Caracas"),
])
def test_the_kind_of_office_says_which_town_of_the_name(org: str, town: str, zone: str) -> None:
    events = extract(DAY.format(org=org, town=town), source="agenda", reference=dt.date(2024, 3, 1)).events
    assert [e.timezone for e in events] == [zone]
