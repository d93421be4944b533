"""Two days listed under a date label that opens a card's line ("Fechas:", "Fecha:", "Dates:", "When:") over a line
of only their hours ("Horario: 9:00 a.m.–3:00 p.m."): each day takes the hours, as under "Días:". Read as a list
line, the joined line was a card's entry of the first day only, and lost even its hours. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _timed(label: str) -> list[str]:
    text = ("Jornada consular en Raleigh\n\nSource: Consulado\n\nPublicado el 2 de marzo de 2026\n\n"
            f"{label}: viernes 13 de marzo y sábado 14 de marzo de 2026\n"
            "Horario: 9:00 a.m.–3:00 p.m.\n"
            "Lugar: 120 Hillsborough St, Raleigh, NC 27603\n")
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize("label", ["Fechas", "Fecha", "Dates", "When", "Días"])
def test_each_listed_day_takes_the_hours(label: str) -> None:
    assert _timed(label) == ["2026-03-13 09:00", "2026-03-14 09:00"]
