"""A journey told in Spanish, Portuguese or French ("sale hoy, miércoles, 12 de marzo, ... y regresa el viernes 14
de marzo", "parte ... e regressa", "part ... et rentre"): the day it sets out and the day it comes back are also the
journey as a whole, as "leaves ... returns" makes it in English. Shown by world-eightyninth item 12 (a governor's trip
published as two single days). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 3)


@pytest.mark.parametrize(("stamp", "sentence", "first", "last"), [
    ("10/03/2031", "La ministra sale hoy, lunes, 10 de marzo, rumbo a Bruselas y regresa el jueves 13 de marzo.",
     "2031-03-10", "2031-03-13"),
    ("10/03/2031", "A ministra parte hoje, segunda-feira, 10 de março, para Bruxelas e regressa na quinta-feira, 13 de "
     "março.", "2031-03-10", "2031-03-13"),
    ("10/03/2031", "La ministre part aujourd'hui, lundi 10 mars, pour Bruxelles et rentre le jeudi 13 mars.",
     "2031-03-10", "2031-03-13"),
])
def test_the_journey_as_a_whole(stamp: str, sentence: str, first: str, last: str) -> None:
    item = f"Viaje de la ministra\n\nSource: Ministerio de Ejemplo\n\n{stamp}\n\n{sentence}\n"
    events = extract(item, source="trips", reference=_REFERENCE).events
    spans = [(e.start.isoformat(), (e.end - dt.timedelta(days=1)).isoformat()) for e in events
             if not isinstance(e.start, dt.datetime) and e.end - e.start > dt.timedelta(days=1)]
    assert (first, last) in spans
