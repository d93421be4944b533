"""A trip announced in Spanish or Portuguese with a future departure and a dated return in one sentence ("saldrá el
domingo ... y volverá la noche del jueves 11 de diciembre", "partirá no domingo e regressará na quinta-feira, 11 de
dezembro") runs from the day it sets out to the day it is back, as "leaves for Oslo on Sunday, returning on Thursday
11 December" does in English: the weekday of leaving is the last one before the return. Not the day of return alone.
Seen in world-hundredthirtyfirst (Panama's Presidency: a trip to Oslo was read as the 11th alone); the texts are
ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _spans(said: str) -> list[tuple[dt.date, dt.date]]:
    text = f"Viaje oficial\n\nSource: Presidencia\n\n20 de febrero de 2026\n\n{said}\n"
    return sorted((e.start, e.end) for e in extract(text, source="test", reference=_REFERENCE).events
                  if not isinstance(e.start, dt.datetime))


@pytest.mark.parametrize("said", [
    "El presidente saldrá el domingo por la tarde y volverá la noche del jueves 26 de febrero.",
    "La ministra viajará a Lisboa el domingo y regresará el jueves 26 de febrero.",
    "O presidente partirá no domingo à tarde e regressará na noite de quinta-feira, 26 de fevereiro.",
    "The president leaves for Oslo on Sunday afternoon, returning on the night of Thursday 26 February.",
])
def test_the_trip_runs_from_the_weekday_to_the_return(said: str) -> None:
    # (an all-day span ends the day after its last day)
    assert _spans(said) == [(dt.date(2026, 2, 22), dt.date(2026, 2, 27))]


def test_a_dated_departure_too() -> None:
    assert _spans("El canciller saldrá el 22 de febrero hacia Oslo y volverá el 26 de febrero.") == [
        (dt.date(2026, 2, 22), dt.date(2026, 2, 27))]


def test_what_comes_back_is_no_trip() -> None:
    # (a figure that "volverá" is no traveller: no verb of setting out before the first day)
    spans = _spans("La feria abrirá el 22 de febrero y la cifra volverá a subir el 26 de febrero.")
    assert (dt.date(2026, 2, 22), dt.date(2026, 2, 27)) not in spans
