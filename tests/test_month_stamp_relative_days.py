""""Mañana" (tomorrow) in an item whose only stamp is a month ("Mayo de 2025"): the day of writing is not known, and
the day in context is an event's (the day the item calls for, written before it), so counting from it guesses a
day; no event is published for it (nor its clock on the day in context). A "tomorrow" that names its day ("mañana,
jueves 22 de mayo") keeps it. Seen in world-hundredthirtysixth (a union's call under "Marzo de 2019"); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events)


def _item(second: str) -> str:
    return ("Los sindicatos convocan una concentración en Teruel por el Día del Trabajo\n\n"
            "Source: Sindicatos de Teruel\n\nMayo de 2025\n\n"
            "Con motivo del 1 de mayo, Día Internacional del Trabajo, los sindicatos convocan una concentración a las "
            f"11,00 horas en la plaza del Torico.\n\n{second}\n")


def test_tomorrow_under_a_month_stamp_gives_no_day() -> None:
    text = _item("Mañana habrá más actos en Teruel: las asociaciones vecinales convocan una marcha que empezará a "
                 "las 12,00 horas en la plaza de San Juan.")
    assert _starts(text) == ["2025-05-01 11:00"]


def test_tomorrow_that_names_its_day_keeps_it() -> None:
    text = _item("Mañana, jueves 22 de mayo, las asociaciones vecinales convocan una marcha que empezará a las 12,00 "
                 "horas en la plaza de San Juan.")
    assert _starts(text) == ["2025-05-01 11:00", "2025-05-22 12:00"]
