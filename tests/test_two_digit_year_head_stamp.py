"""A press office's day stamp with a two-digit year alone on the first line of an item, no label: "09/11/05" over a
notice of "Este viernes 11, a las 10:30 hs." (world-hundredsecond 7). Like "Published 14/03/19" it dates the item (day
first unless the item's order says otherwise); further down an item the same figures stay a reference or a score.
Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

MONTEVIDEO_SUMMER = dt.timezone(dt.timedelta(hours=-2))

NOTICE = """Reunión de ministros de Educación

Source: Oficina de prensa de Ejemplo

14/11/07

REUNIÓN DE MINISTROS
El próximo viernes 16, a las 11:00 hs., se inaugura en el Palacio Legislativo de Montevideo la reunión de ministros.
"""

LOWER = """Resultados del torneo escolar

Source: Oficina de prensa de Ejemplo

El viernes 16, a las 11:00 hs., se entregan los premios en el Palacio Legislativo de Montevideo.

14/11/07
"""


def test_the_bare_stamp_on_the_first_line_dates_the_item() -> None:
    events = extract(NOTICE, source="t", reference=dt.date(2033, 1, 10)).events
    assert [e.start for e in events] == [dt.datetime(2007, 11, 16, 11, 0, tzinfo=MONTEVIDEO_SUMMER)]


def test_the_same_figures_below_the_first_line_are_no_stamp() -> None:
    events = extract(LOWER, source="t", reference=dt.date(2033, 1, 10)).events
    assert all(e.start.year != 2007 for e in events)
