"""A German perfect of a sitting held ("stattgefunden hat", "hatte ... getagt") dates only the day of its own clause:
a coming sitting told with the copula "ist" before a clause of the last one ("Die nächste Sitzung ist am 13. Februar
2026 um 10 Uhr in Wien, nachdem die letzte ... stattgefunden hat"), or in a clause of its own before it ("...
angesetzt; sie hatte zuletzt 2024 in Bonn getagt"), stays an event (issue #10, "Not events", and the event kept).
The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(said: str) -> list[str]:
    text = f"Sitzung des Rates\n\nSource: Internationale Kommission\n\nBonn, 8. Januar 2026\n\n{said}\n"
    return [f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize("said", [
    "Die nächste Sitzung ist am 13. Februar 2026 um 10 Uhr in Wien, nachdem die letzte am 2. Dezember 2025 in Bonn "
    "stattgefunden hat.",
    "Die Konferenz ist für den 13. Februar 2026 um 10 Uhr in Wien angesetzt; sie hatte zuletzt 2024 in Bonn getagt.",
])
def test_a_coming_sitting_beside_a_past_one_stays(said: str) -> None:
    assert _starts(said) == ["2026-02-13 10:00"]


def test_the_held_sitting_is_still_history() -> None:
    assert _starts("Der Rat ist am 7. Januar 2026 um 10 Uhr in Wien zusammengetreten.") == []
