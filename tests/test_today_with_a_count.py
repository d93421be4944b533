"""A "today" between "with" and a count, "Mit heute 158 Instituten in 98 Ländern bietet es ...", "with today some 900
staff": the size of something nowadays, no day and no event (issue #10, "Nothing that is not an event"). Seen in
world-hundredtwentythird (a cultural institute's sentence of its size was read as an event on the day of its
founding, told the sentence before); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_german_heute_with_a_count() -> None:
    text = ("Jubiläumsempfang\n\nSource: Kulturhaus\n\nVeröffentlicht am 2. März 2026\n\n"
            "Das Netzwerk lädt am Freitag, 13. März 2026, um 18.00 Uhr zum Empfang in Bremen.\n\n"
            "Mit heute 40 Häusern in 12 Ländern bietet das Netzwerk Raum für Austausch.\n")
    assert _starts(text) == ["2026-03-13 18:00"]


def test_english_today_with_a_count() -> None:
    text = ("Anniversary reception\n\nSource: Cultural Network\n\nPublished 2 March 2026\n\n"
            "The network holds a reception on Friday 13 March 2026 at 6 p.m. in Leeds.\n\n"
            "With today some 900 staff in 60 countries, it is the largest network of its kind.\n")
    assert _starts(text) == ["2026-03-13 18:00"]
