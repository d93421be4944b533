"""A table's time column may write its clock times with a comma ("19,30", "12,00"), as River Plate councils' session
calendars do: under a head naming the column ("HORARIO", "Hora", "Time"), a cell that is only an hour and its minutes
so parted is a clock time, in rows that lack a cell too. Elsewhere such a figure stays a decimal ("12,50" under
"PRECIO"). Seen in world-hundredfourth (a Buenos Aires province council's year of sessions, "12,00 | 14 DE MARZO |
ORDINARIA" rows, was read as days or not at all). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

CALENDAR = """Calendario de sesiones 2024

Source: Junta Departamental de Paysandú (Uruguay)

Sesiones del año 2024
MES | HORA | FECHA | SESIÓN | SALA |
---|---|---|---|---|
ABRIL | 18,30 | 4 DE ABRIL | ORDINARIA | SALA DE SESIONES |
20,00 | 18 DE ABRIL | EXTRAORDINARIA | SALA DE SESIONES | |
MAYO | 9,15 | 2 DE MAYO | ESPECIAL DE HOMENAJE | SALA DE SESIONES |
"""

PRICES = """Tarifas del ómnibus departamental 2024

Source: Intendencia de Paysandú (Uruguay)

Nuevas tarifas desde el 4 de abril de 2024
TRAMO | PRECIO | DESDE |
---|---|---|
URBANO | 12,50 | 4 DE ABRIL |
"""


def test_a_time_column_written_with_commas_gives_clock_times() -> None:
    events = extract(CALENDAR, source="t", reference=dt.date(2024, 3, 1)).events
    starts = sorted(e.start.isoformat() for e in events)
    assert starts == ["2024-04-04T18:30:00-03:00", "2024-04-18T20:00:00-03:00", "2024-05-02T09:15:00-03:00"]


def test_a_comma_figure_in_another_column_is_no_time() -> None:
    events = extract(PRICES, source="t", reference=dt.date(2024, 3, 1)).events
    assert all(not isinstance(e.start, dt.datetime) for e in events)
