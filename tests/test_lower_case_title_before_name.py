"""A town's name that opens a person's name after a title written in lower case, as Spanish, Portuguese and French
write titles ("la ministra Elizabeth ...", "el gobernador Santiago Benítez Arce", "o governador Vitória ..."),
is the person, not the town (issue #10, "Zones"): "Elizabeth" had put a Buenos Aires programme's meetings on New
Jersey's clock. Seen in world-sixtyninth (a minister's two meetings in a state visit's programme, an hour off); the
texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _zones(text: str) -> list[str]:
    return [str(e.start.tzinfo) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_a_governor_named_santiago_in_asuncion() -> None:
    text = ("Agenda del gobierno\n\nSource: Gobernación Central\n\njueves 12 de marzo de 2026\n\n"
            "El acto central se realizará en Asunción a las 10:00.\n\n"
            "Luego, el gobernador Santiago Benítez Arce inaugurará a las 12:00 el nuevo puesto de salud.\n")
    assert set(_zones(text)) == {"America/Asuncion"}
