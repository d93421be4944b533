"""A street named after a town, its street word before the name, in a Romance-language address: "Cour de
Saint-Pierre 10, 1204 Geneva", "Rue de Londres 8, 75009 Paris", "Calle Nueva York 5, Madrid". The name is the
street's, not the town of the event, whose clock is the town's after the street (world-sixtysecond, item 13: a panel
in Geneva read on the clock of Saint-Pierre and Miquelon)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places

STREETS = [
    ("Reception: 18:00, Chemin de Moscou 5, 1208 Genève", ["Genève"], "a French street named after Moscow"),
    ("the consulate, Rue de Londres 8, 75009 Paris", ["Paris"], "the town's French name after 'Rue de'"),
    ("oficina en Calle Nueva York 5, Madrid", ["Madrid"], "a Spanish street, and no town inside its name"),
    ("Embajada, Avenida Washington 1234, Montevideo", ["Montevideo"], "a Spanish avenue without a particle"),
    ("Avenue de New York, Paris", ["Paris"], "'Avenue' counts with its particle"),
    ("Place: Geneva", ["Geneva"], "a field named 'Place' is no street"),
    ("The talks take place in Geneva", ["Geneva"], "nor is the verb 'take place'"),
    ("a vigil on Washington Avenue in Montevideo", ["Montevideo"], "an English street, its word after the name"),
]


@pytest.mark.parametrize(("text", "names", "why"), STREETS, ids=[row[2][:50] for row in STREETS])
def test_a_street_named_after_a_town_is_no_town(text: str, names: list[str], why: str) -> None:
    assert [m.place.name for m in find_places(text)] == names, why


@pytest.mark.parametrize(("text", "start"), [
    ("Book launch\n\nSource: Test\n\nThe launch is on Thursday 5 March 2026 at 17:30 at the bookshop, "
     "Rue de Londres 8, 75009 Paris.\n", dt.datetime(2026, 3, 5, 16, 30, tzinfo=dt.UTC)),
    ("Concierto\n\nSource: Test\n\nEl concierto será el sábado 7 de marzo de 2026 a las 20:00 en el auditorio, "
     "Avenida Washington 1234, Montevideo.\n", dt.datetime(2026, 3, 7, 23, 0, tzinfo=dt.UTC)),
    ("Panel\n\nSource: Test\n\nMonday, 16 March 2026, 18:00 – 19:30: panel at the museum, Cour de Saint-Pierre 10, "
     "1204 Geneva.\n", dt.datetime(2026, 3, 16, 17, 0, tzinfo=dt.UTC)),
])
def test_the_event_keeps_the_clock_of_the_town_after_the_street(text: str, start: dt.datetime) -> None:
    [event] = [e for e in extract(text, source="test", reference=dt.date(2026, 2, 1)).events if e.timezone]
    assert event.start.astimezone(dt.UTC) == start
