"""A Spanish "vigilia" is a vigil and "las Vísperas" are Vespers, both held on the day they name ("La vigilia del 24 de
marzo comenzará a las 20:00"): not the eve of that day, as Italian "alla vigilia del" and Spanish "en vísperas del"
are. Texts in our own words (review of s51-p57)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _days(sentence: str) -> list[str]:
    events = extract(f"Aviso\n\n{sentence}\n", source="t", reference=dt.date(2022, 3, 1)).events
    return [e.start.strftime("%Y-%m-%d") for e in events]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("La vigilia del 24 de marzo comenzará a las 20:00 en la plaza.", "2022-03-24"),
        ("Los colectivos convocan una vigilia del 23 al 24 de marzo en la plaza.", "2022-03-23"),
        ("Las Vísperas del 15 de agosto se cantarán a las 19:00 en la catedral.", "2022-08-15"),
    ],
)
def test_a_vigil_or_vespers_is_held_on_its_day(sentence: str, day: str) -> None:
    assert _days(sentence) == [day]


@pytest.mark.parametrize(
    "sentence",
    [
        "La riunione del consiglio si tiene alla vigilia del 1° maggio.",
        "El encuentro de la asociación se celebra en vísperas del 1 de mayo.",
    ],
)
def test_the_eve_still_names_no_event(sentence: str) -> None:
    assert _days(sentence) == []
