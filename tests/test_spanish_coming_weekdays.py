"""A Spanish weekday said as a coming one ("el sábado y domingo venideros", "el próximo sábado", "el lunes próximo")
is of the item's own week, counted from its date, not from a later day the item named before it (pages-dev24
juventudrebelde.cu: a weekend meeting and the Sunday parade a week late, after "el próximo 1ro. de mayo"). A later
bare "el domingo" is that Sunday too. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.thisweek import this_week_days

RELEASE = """Festival de bandas en el puerto

Source: Diario del Puerto

3 de marzo de 2032
La orquesta municipal tocará el 18 de marzo en el teatro del puerto, según informó la alcaldía.
Además, entre el sábado y domingo venideros habrá talleres abiertos en la escuela de música.
La directora explicó que el domingo los alumnos tocarán en la plaza mayor.
"""


def test_coming_weekdays_are_of_the_items_week() -> None:
    events = extract(RELEASE, source="diario", reference=dt.date(2032, 3, 1), default_zone="America/Havana").events
    days = sorted(e.start.isoformat() for e in events if not isinstance(e.start, dt.datetime))
    assert days == ["2032-03-06", "2032-03-07", "2032-03-18"]  # not the weekend after the 18th


def test_the_coming_weekday_forms() -> None:
    assert this_week_days("el sábado y domingo venideros") == {5, 6}
    assert this_week_days("el próximo viernes") == {4}
    assert this_week_days("el lunes próximo") == {0}
