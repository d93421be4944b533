"""A weekday said as of the item's own week ("este martes", "nesta terça-feira", "this Tuesday") in a sentence told
in the past is that week's day gone by, not the next one: an Argentine daily's "Este martes, hubo acuerdo en el
máximo tribunal y los supremos decidieron ..." under a Wednesday stamp was put on the next Tuesday (pages-p27,
pagina12.com.ar). The same weekday told as to come stays ahead. Items in our own words."""

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
    ("Los vecinos marcharán este jueves a las 18 horas hasta la intendencia.\n\nEste martes, los concejales "
     "rechazaron el pedido y decidieron postergar el debate.", "Spanish: 'este martes' told in the past"),
    ("Os moradores vão marchar nesta quinta-feira às 18h até a prefeitura.\n\nNesta terça-feira, os vereadores "
     "rejeitaram o pedido e adiaram o debate.", "Portuguese: 'nesta terça-feira' told in the past"),
]


@pytest.mark.parametrize(("body", "why"), CASES)
def test_this_weekday_told_past_is_gone_by(body: str, why: str) -> None:
    events = extract(ITEM.format(body=body), source="es", reference=dt.date(2022, 5, 1), default_zone="UTC").events
    assert [e.start.isoformat() for e in events] == ["2022-05-05T18:00:00+00:00"], why


def test_this_weekday_to_come_stays_ahead() -> None:
    body = ("Los vecinos marcharán este jueves a las 18 horas hasta la intendencia.\n\nEste martes los concejales "
            "votarán el pedido en la sesión ordinaria.")
    events = extract(ITEM.format(body=body), source="es", reference=dt.date(2022, 5, 1), default_zone="UTC").events
    assert sorted(e.start.isoformat()[:10] for e in events) == ["2022-05-05", "2022-05-10"]


def test_a_past_departure_then_a_weekday_to_come_stays_ahead() -> None:
    body = ("El intendente partió esta mañana hacia Montevideo: este domingo asistirá a la inauguración del puerto.\n\n"
            "Este jueves, a las 10 horas, recibirá a la delegación uruguaya.")
    events = extract(ITEM.format(body=body), source="es", reference=dt.date(2022, 5, 1), default_zone="UTC").events
    assert sorted(e.start.isoformat()[:10] for e in events) == ["2022-05-05", "2022-05-08"]
