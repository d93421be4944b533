"""A dateline closed by a full stop and a dash, as Mexican government releases write it ("Hermosillo, Sonora, 3 de
marzo de 2031.-", "Ciudad de México, 11 de octubre de 2031.-"), dates the release, not an event (world-sixtieth 13: a
state government's report of a meeting held, published as an event on its dateline's day). A day the body gives after
it is still read. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Entrega de apoyos

Source: Gobierno de Ejemplo

{body}
"""


def _days(body: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="gobierno", reference=dt.date(2031, 10, 20),
                     default_zone="America/Mexico_City").events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events)


@pytest.mark.parametrize("dateline", ["Ciudad de México, 11 de octubre de 2031.-", "Hermosillo, Sonora, 3 de marzo de"
                                      " 2031.-", "GUADALAJARA, Jal., 15 de junio de 2031.-"])
def test_the_dateline_is_no_event(dateline: str) -> None:
    body = f"{dateline} La Secretaría entregó apoyos a productores de la región y revisó los proyectos del estado."
    assert _days(body) == []


def test_a_day_in_the_body_is_still_read() -> None:
    body = ("Hermosillo, Sonora, 3 de marzo de 2031.- La Secretaría entregará apoyos a productores de la región el 20"
            " de marzo de 2031 a las 10:00 horas, en el auditorio del gobierno.")
    assert _days(body) == ["2031-03-20"]


def test_the_datelines_town_still_gives_its_clock() -> None:
    # (review: the ".-" dateline lost Hermosillo's clock, and the time went on the calendar's zone)
    body = ("Hermosillo, Sonora, 1 de marzo de 2031.- La Secretaría presentó el programa de apoyos.\n\nLa entrega será"
            " el 20 de marzo de 2031 a las 10:00 horas, en el auditorio del gobierno.")
    events = extract(ITEM.format(body=body), source="gobierno", reference=dt.date(2031, 3, 1)).events
    assert [e.start.isoformat() for e in events] == ["2031-03-20T10:00:00-07:00"]
