"""Two whole Spanish dates joined by "y" ("el 18 de setiembre y el 28 de octubre", "el 14 de mayo y el 22 de junio"):
a list of two days, not a span from the first to the second. "y" joins a span's ends only after "entre" ("entre el 3
de mayo y el 9 de junio") or between bare days of one month ("los días 22 y 23 de mayo"). Shown by world-sixtyfirst
1, a central bank's calendar ("las sesiones del 13 de marzo, ..., el 18 de setiembre y el 28 de octubre"), read as
one span of six weeks. French, German and Italian were read right already. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "Calendario\n\nSource: {org}\n\n{body}\n"
ONE_DAY = dt.timedelta(days=1)


def _days(org: str, body: str) -> list[tuple[dt.date, dt.date]]:
    events = extract(ITEM.format(org=org, body=body), source="x", reference=dt.date(2026, 1, 10)).events
    return sorted((e.start, e.end) for e in events)


@pytest.mark.parametrize(("org", "body", "days"), [
    ("Consejo Regional de Ejemplo",
     "El consejo regional se reunirá el 14 de mayo y el 22 de junio de 2026 para examinar el presupuesto.",
     [dt.date(2026, 5, 14), dt.date(2026, 6, 22)]),
    ("Junta de Aguas de Ejemplo",
     "Las sesiones ordinarias de 2026 serán el 12 de marzo, el 9 de abril, el 17 de septiembre y el 29 de octubre.",
     [dt.date(2026, 3, 12), dt.date(2026, 4, 9), dt.date(2026, 9, 17), dt.date(2026, 10, 29)]),
    ("Universidad de Ejemplo",
     "Los exámenes de ingreso se toman el 3 de febrero y el 11 de marzo de 2026 en el aula magna.",
     [dt.date(2026, 2, 3), dt.date(2026, 3, 11)]),
])
def test_two_whole_dates_are_two_days(org: str, body: str, days: list[dt.date]) -> None:
    assert _days(org, body) == [(d, d + ONE_DAY) for d in days]


@pytest.mark.parametrize(("org", "body", "first", "last"), [
    ("Feria de Ejemplo",
     "La feria abre sus puertas entre el 3 de mayo y el 9 de junio de 2026 en el recinto ferial.",
     dt.date(2026, 5, 3), dt.date(2026, 6, 9)),
    ("Museo de Ejemplo",
     "La muestra puede visitarse los días 22 y 23 de mayo de 2026 en la sala principal.",
     dt.date(2026, 5, 22), dt.date(2026, 5, 23)),
    ("Teatro de Ejemplo",
     "El festival de teatro se celebra del 12 al 14 de noviembre de 2026 en el centro.",
     dt.date(2026, 11, 12), dt.date(2026, 11, 14)),
])
def test_spans_stay_spans(org: str, body: str, first: dt.date, last: dt.date) -> None:
    assert _days(org, body) == [(first, last + ONE_DAY)]
