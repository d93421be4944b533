"""The irregular Spanish and Portuguese preterites news tells most ("se hizo el anuncio", "hubo acuerdo", "tuvo
lugar", "houve reunião", "fez o anúncio") tell the past as the regular ones do: an Argentine daily's "Este martes, se
hizo el anuncio formal en el Congreso" under a Wednesday stamp was an event on the next Tuesday (pages-p27,
pagina12.com.ar). Not "dijo"/"disse": what was said may be to come. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Marcha a la intendencia

Source: Diario del Centro

Published: 4 May 2022

{body}
"""

# (body, why): a march to come (Thursday 5 May, the stamp a Wednesday), and a Tuesday told as done
CASES = [
    ("Los vecinos marcharán este jueves a las 18 horas hasta la intendencia.\n\nEste martes, se hizo la "
     "presentación formal del reclamo en el Concejo.", "Spanish: 'se hizo'"),
    ("Los vecinos marcharán este jueves a las 18 horas hasta la intendencia.\n\nEste martes, hubo una reunión de "
     "los delegados en la sede vecinal.", "Spanish: 'hubo'"),
    ("Os moradores vão marchar nesta quinta-feira às 18h até a prefeitura.\n\nNesta terça-feira, houve reunião dos "
     "delegados na sede da associação.", "Portuguese: 'houve'"),
]


@pytest.mark.parametrize(("body", "why"), CASES)
def test_irregular_preterites_tell_the_past(body: str, why: str) -> None:
    events = extract(ITEM.format(body=body), source="es", reference=dt.date(2022, 5, 1), default_zone="UTC").events
    assert [e.start.isoformat() for e in events] == ["2022-05-05T18:00:00+00:00"], why
