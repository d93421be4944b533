"""A trip told in Spanish or Italian prose (issue #10, "'All times local' itineraries that cross zones"): after
"Por la noche Pérez viajará a Las Palmas", the rows of the traveller are on the islands' clock, whether the sentence
opens with a part of the day and no comma ("La sera Alfano volerà ad Adelaide") or with a verb whose subject is left
unsaid ("Inaugurará ...", "Toccherà al ministro ..."). An Italian minister's rows in Adelaide had stayed on Canberra's
clock (world-hundredfirst); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2024, 1, 10)


def _timed(text: str) -> list[str]:
    return [f"{e.start:%m-%d %H:%M} {e.timezone}" for e in
            extract(text, source="test", reference=_REFERENCE).events if isinstance(e.start, dt.datetime)]


_SPANISH = """La ministra de Industria viaja a Canarias

Source: Ministerio de Industria, Madrid

Nota de prensa, marzo de 2024

El lunes 4 de marzo Pérez estará en Madrid, donde se reunirá con los representantes del sector (a las 9:30).

Por la noche Pérez viajará a Las Palmas de Gran Canaria para un encuentro con empresarios locales (a las 21:00).

El martes 5 de marzo inaugurará una planta de hidrógeno verde en el puerto (a las 10:30).

A las 13:00 Pérez intervendrá en la apertura del foro de energía del archipiélago.
"""

_ITALIAN = """Il ministro a Helsinki

Source: Ministero delle Imprese, Milano

Comunicato stampa, aprile 2024

Lunedì 8 aprile Rossi sarà a Milano per l'assemblea degli industriali (ore 9).

La sera Rossi volerà a Helsinki per la fiera dell'innovazione (ore 21).

Il 9 aprile toccherà al ministro aprire il padiglione italiano della fiera (ore 10:30).
"""


def test_a_spanish_trip_keeps_the_islands_clock_for_the_travellers_rows() -> None:
    assert _timed(_SPANISH) == ["03-04 09:30 Europe/Madrid", "03-04 21:00 Atlantic/Canary",
                                "03-05 10:30 Atlantic/Canary", "03-05 13:00 Atlantic/Canary"]


def test_an_italian_trip_after_an_evening_flight() -> None:
    assert _timed(_ITALIAN) == ["04-08 09:00 Europe/Rome", "04-08 21:00 Europe/Helsinki",
                                "04-09 10:30 Europe/Helsinki"]
