"""Spanish "el día de mañana" and Portuguese "o dia de amanhã" are some day to come ("van a provocar un gasto duplicado
el día de mañana", the future), not the next day: each was read as tomorrow, and a dated story gave a day event on the
day after its publication. A bare "mañana" stays tomorrow. (Left by the p46 page set's newspaper page; texts of our
own.)"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Sanidad

Source: Gabinete de prensa

Published: 1 March 2031

{body}
"""


def _tomorrows(text: str) -> list[int]:
    return [m.offset for m in find_mentions(text, "") if m.kind == "published"]


@pytest.mark.parametrize("text", [
    "Las medidas de ahorro de las 17 comunidades van a provocar un gasto duplicado el día de mañana, dice el colegio.",
    "El Día de mañana nadie recordará estas cifras, dijo la consejera.",
    "Os cortes nos hospitais vão custar caro no dia de amanhã, avisa o bastonário.",
])
def test_the_day_of_tomorrow_is_no_day(text: str) -> None:
    assert _tomorrows(text) == []


@pytest.mark.parametrize("text", [
    "El ministro comparecerá mañana a las 10 horas ante la comisión de sanidad del Congreso.",
    "O ministro visita amanhã o hospital de Coimbra.",
])
def test_a_bare_tomorrow_is_still_the_next_day(text: str) -> None:
    assert _tomorrows(text) == [1]


def test_a_dated_story_gets_no_event_from_it() -> None:
    body = ("Los recortes elevan la demora para operarse. Las medidas de ahorro que aplican las 17 comunidades van a "
            "provocar un gasto duplicado e inevitable el día de mañana, apunta el presidente de los médicos.")
    assert extract(ITEM.format(body=body), source="t", reference=dt.date(2031, 3, 1)).events == []
