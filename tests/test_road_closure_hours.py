"""The hours a road or a stretch of it is closed, in Spanish, French or Portuguese ("el tramo ... permanecerá cerrado
desde las 11:00 de la mañana hasta las 08:00 de la noche", "la rue sera fermée de 7h à 19h"): a closure, not an event,
as "roads will be closed" already is in English (issue #10, "Not events"); the parade or race it is closed for keeps
its own time. Seen in world-seventyfifth (a defence ministry's parade advisory whose closure of the avenue was
published beside the parade); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _times(text: str) -> list[tuple[int, int]]:
    return sorted((e.start.hour, e.start.minute) for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_a_stretch_closed_for_a_parade() -> None:
    text = ("Desfile del Día de la Bandera en Montevideo\n\nSource: Ministerio de Defensa Nacional (prueba)\n\n"
            "Publicado: 19 de junio de 2026\n\nEl desfile comenzará HOY a las 10:00 en la avenida 18 de Julio.\n\n"
            "Por el desfile, el tramo de la avenida entre la plaza Independencia y la calle Ejido permanecerá cerrado "
            "desde las 7:00 hasta las 14:00.\n")
    assert _times(text) == [(10, 0)]


def test_a_street_closed_for_a_race() -> None:
    text = ("Course des Remparts\n\nSource: Ville de Tours (essai)\n\nLe 12 avril 2026\n\n"
            "Le départ de la course sera donné le dimanche 12 avril 2026 à 9h30 place Jean-Jaurès. "
            "Pendant l'épreuve, la rue Nationale sera fermée de 7h à 13h.\n")
    assert _times(text) == [(9, 30)]


def test_a_road_closed_in_portuguese() -> None:
    text = ("Cerimónia militar no Terreiro do Paço\n\nSource: Exército Português (teste)\n\nPublicado a 5 de maio "
            "de 2026\n\nA cerimónia começa no dia 8 de maio de 2026 às 11h00. A rua do Arsenal estará fechada "
            "entre as 8h00 e as 14h00.\n")
    assert _times(text) == [(11, 0)]
