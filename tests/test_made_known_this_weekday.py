"""A Portuguese or Spanish sentence that closes on the day the news was made known: "..., confirmou a estatal no
começo da noite desta terça-feira, 5." (the company confirmed it on Tuesday evening, the 5th), "..., informó la
empresa este lunes." That weekday of this week is the day of the telling, not an event (issue #10, "not events").
Seen in world-hundredthirtyfourth (a Brazilian company's results date: the day it confirmed the date was published
too); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


@pytest.mark.parametrize("body", [
    "Publicado em 3 de março de 2026.\n\nA assembleia de acionistas da Exemplo será no dia 20 de março de 2026, "
    "sexta-feira, em São Paulo, informou a companhia na manhã desta terça-feira, 3.",
    "Publicado el 2 de marzo de 2026.\n\nLa junta de accionistas de Ejemplo se celebrará el 20 de marzo de 2026 en "
    "Madrid, anunció la empresa este lunes.",
])
def test_the_day_of_the_telling_is_no_event(body: str) -> None:
    assert _days(f"Aviso\n\nSource: Exemplo\n\n{body}\n") == ["2026-03-20"]


def test_a_weekday_of_this_week_that_is_the_event_stays() -> None:
    body = ("Publicado em 3 de março de 2026.\n\nA companhia confirmou a reunião com analistas, que será realizada "
            "nesta quinta-feira, 5.")
    assert _days(f"Aviso\n\nSource: Exemplo\n\n{body}\n") == ["2026-03-05"]
