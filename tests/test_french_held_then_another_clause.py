"""A French passé composé of holding makes the day after it history only when nothing but its place stands between
them: "Le musée, qui a accueilli en 2024 plus de 10 000 visiteurs, ouvre ses portes le samedi 14 mars 2026" announces
the opening (the verb before the day is "ouvre"), "a tenu à Dakar, à l'hôtel du Port, du mercredi 18 au jeudi 19
septembre 2019" reports. Review of s49-w136 (pastdays.french_held_before); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)
_HEAD = "Communiqué\n\nSource: Exemple\n\n"


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


@pytest.mark.parametrize(("body", "day"), [
    ("Le musée, qui a accueilli en 2024 plus de 10 000 visiteurs, ouvre ses portes au public le samedi 14 mars 2026 "
     "à 10 heures.", "2026-03-14"),
    ("L'association, qui a organisé à Lyon en 2025 son premier salon, présente sa nouvelle édition du jeudi 18 au "
     "vendredi 19 juin 2026 au Palais des congrès.", "2026-06-18"),
])
def test_a_day_after_another_clause_stays(body: str, day: str) -> None:
    assert _days(_HEAD + body + "\n") == [day]


def test_held_at_its_place_then_the_day_is_still_history() -> None:
    body = "L'association a tenu à Dakar, à l'hôtel du Port, du mercredi 18 au jeudi 19 septembre 2019, un atelier."
    assert _days(_HEAD + body + "\n") == []
