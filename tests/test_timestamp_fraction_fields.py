"""A when-field printed as a database prints a timestamp, its fraction of a second too: "Hora: 2025-06-24
12:00:00.0" (issue #10, "Layout": field rows): the event's clock, as "Hora: 2025-06-24 12:00:00" is. Seen in
world-ninetyfifth (a regional parliament's weekly agenda, each meeting's "Hora:" line printed so: every row was read as
a day with no time); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 5, 1)


def _starts(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M %z}" for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_hour_fields_with_a_tenth_of_a_second() -> None:
    text = ("Agenda semanal de las Cortes\n\nSource: Cortes de Aragón\n\nAGENDA DEL 11 AL 15 DE MAYO\n\n2026-05-12\n\n"
            "COMISIÓN DE SANIDAD\n\nHora: 2026-05-12 09:30:00.0\n\nLugar: Sala 3, Palacio de la Aljafería, Zaragoza\n\n"
            "2026-05-13\n\nPLENO DE LAS CORTES\n\nHora: 2026-05-13 16:00:00.0\n\nLugar: Hemiciclo, Zaragoza\n")
    assert _starts(text) == ["2026-05-12 09:30 +0200", "2026-05-13 16:00 +0200"]


def test_start_field_with_milliseconds() -> None:
    text = ("Open day at the Assembly\n\nSource: Regional Assembly\n\nThe Assembly opens its doors to visitors.\n\n"
            "Start: 2026-06-20 10:00:00.000\nVenue: Assembly Building, Cardiff\n")
    assert _starts(text) == ["2026-06-20 10:00 +0100"]
