"""A sentence that leaves its event unnamed ("Será este sábado ...", "It will take place on ...") takes the
item's title as the event's name. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _summaries(title: str, body: str) -> list[str]:
    return [e.summary for e in extract(f"{title}\n\nSource: Press office\n\n{body}\n", source="t",
                                       reference=dt.date(2026, 12, 1), default_zone="Europe/Brussels").events]


@pytest.mark.parametrize(("body", "why"), [
    ("Será el sábado 7 de junio de 2031 desde las 10:00 hasta las 18:00 en la plaza mayor.",
     "Spanish leaves the subject out: 'it will be'"),
    ("It will take place on 7 June 2031 at 10:00 in the market square.", "English 'It will take place'"),
    ("Sie findet am 7. Juni 2031 um 10 Uhr auf dem Marktplatz statt.", "German 'Sie findet ... statt'"),
])
def test_a_sentence_naming_no_event_takes_the_title(body: str, why: str) -> None:
    assert _summaries("Flower market in the old town", body) == ["Flower market in the old town"], why


def test_a_sentence_naming_its_event_keeps_it() -> None:
    body = "The plant swap will take place on 7 June 2031 at 10:00 in the market square."
    assert "plant swap" in _summaries("Flower market in the old town", body)[0].lower()
