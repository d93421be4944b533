"""An event put off with no new day, as other tongues say it ("reporté sine die", "reportée à une date ultérieure",
"aplazada sin fecha", "adiado sem data", "auf unbestimmte Zeit verschoben"), is no event on its old day, as
"postponed" is in English. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Avis

Source: A regional bank

Dakar, 2 November 2031

{sentence}
"""


@pytest.mark.parametrize("sentence", [
    "Le forum prévu à Lomé du 12 au 14 novembre est reporté sine die.",
    "La séance du 12 novembre est reportée à une date ultérieure.",
    "La reunión prevista para el 12 de noviembre queda aplazada sin fecha.",
    "O encontro previsto para 12 de novembro foi adiado sem data.",
    "Die für den 12. November geplante Sitzung wird auf unbestimmte Zeit verschoben.",
])
def test_put_off_with_no_new_day_is_no_event(sentence: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="bank", reference=dt.date(2031, 11, 1)).events
    assert [e for e in events if e.status != "CANCELLED"] == []


def test_put_off_to_a_new_day_keeps_that_day() -> None:
    sentence = "La séance du 12 novembre est reportée au 19 novembre à 10h."
    events = extract(ITEM.format(sentence=sentence), source="bank", reference=dt.date(2031, 11, 1)).events
    assert dt.date(2031, 11, 19) in [e.first_day for e in events if e.status != "CANCELLED"]


def test_an_english_sitting_that_adjourns_sine_die_stays() -> None:
    """"the House may sit on Monday, 15th December, from 0900 hours ... and adjourn sine die": the sitting is held."""
    sentence = ("Motion: that the House may sit on Monday, 15th December, 2031, from 0900 hours until its business "
                "is done, and then adjourn sine die.")
    events = extract(ITEM.format(sentence=sentence), source="bank", reference=dt.date(2031, 11, 1)).events
    assert [e.first_day for e in events if e.status != "CANCELLED"] == [dt.date(2031, 12, 15)]
