"""A card set field over value, one line each ("Date" / "5 March 2026" / "Time" / "10:00 – 12:00" / "Location" /
"Town Hall, Leeds"), as pages' field lists come out as text: the place's label is no title, the line under it is
where, and with no line saying what the event is the item's. Found by probes of the title misses; world-twentysixth's
council notice ("À 20h00" / "Lieu" / "Mairie") was titled "Lieu". Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

CARD = "{title}\n\nSource: {org}\n\nIssued 20 February 2026\n\n{fields}\n"


@pytest.mark.parametrize(("title", "org", "fields", "summary", "clock"), [
    ("Public consultation on the bus lanes", "Example County Council",
     "Date\n5 March 2026\nTime\n10:00 – 12:00\nLocation\nTown Hall, Leeds",
     "Meeting: Public consultation on the bus lanes, Town Hall, Leeds", "2026-03-05T10:00:00+00:00"),
    ("Information evening for parents", "Example School Board",
     "When\nThursday 5 March 2026\n6:30 pm\nVenue:\nMain hall, Riverside School, Cork",
     "Information evening for parents, Main hall, Riverside School, Cork", "2026-03-05T18:30:00+00:00"),
    ("Réunion publique sur le tramway", "Exemple Métropole",
     "Date\njeudi 5 mars 2026\nHeure\n18h30\nLieu\nSalle des fêtes, Rennes",
     "Réunion publique sur le tramway, Salle des fêtes, Rennes", "2026-03-05T18:30:00+01:00"),
])
def test_the_place_label_is_no_title(title: str, org: str, fields: str, summary: str, clock: str) -> None:
    events = extract(CARD.format(title=title, org=org, fields=fields), source="card", reference=REFERENCE).events
    assert [(e.summary, e.start.isoformat()) for e in events if isinstance(e.start, dt.datetime)] == [(summary, clock)]
