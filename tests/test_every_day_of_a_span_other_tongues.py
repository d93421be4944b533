"""A span of days said to be kept every day in German, French or Spanish ("vom 3. bis 9. Juni täglich von 10 bis 17
Uhr", "du 3 au 9 juin, tous les jours de 10h à 17h", "del 3 al 9 de junio, todos los días"): the every-day words give
the hours of each day of that span, as "daily" does, not a rule of recurrence that hides the span. Without a span
("täglich von 10 bis 17 Uhr geöffnet") they stay a rule. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Offene Türen am Hafen

Source: Hafenamt

Published: 28 May 2032

{sentence}
"""


def _days(sentence: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(sentence=sentence), source="hafen", reference=dt.date(2032, 5, 28),
                     default_zone="Europe/Zurich").events
    return [(str(e.start), str(e.end)) for e in events]


@pytest.mark.parametrize("sentence", [
    "Täglich von 10 bis 17 Uhr steht das Lotsenhaus vom 3. bis 9. Juni offen.",
    "Das Lotsenhaus ist vom 3. bis 9. Juni jeden Tag geöffnet.",
    "La capitainerie est ouverte au public du 3 au 9 juin, tous les jours de 10h à 17h.",
])  # fmt: skip
def test_the_span_is_the_event(sentence: str) -> None:
    assert _days(sentence) == [("2032-06-03", "2032-06-10")]


def test_hours_without_a_span_stay_a_rule() -> None:
    assert _days("Das Lotsenhaus ist täglich von 10 bis 17 Uhr geöffnet.") == []
