"""A numbered act named with the body that passed it, then its day ("Resolution 81/12 of the General Assembly of 4
December 2026", "la Resolución 81/12 de la Asamblea General de las Naciones Unidas del 4 de diciembre de 2026"): the
act's date, no event (issue #10, "Not events": documents.py knew "Resolution 2231 of" only with the body's name left
out). A meeting on that day stays. Seen in world-ninetyfirst (a treaty body's report); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 11, 20)


def _days(text: str) -> list[str]:
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("sentence", [
    "The review conference was called by Resolution 81/12 of the General Assembly of 4 December 2026.",
    "La conferencia de examen fue convocada por la Resolución 81/12 de la Asamblea General de las Naciones Unidas "
    "del 4 de diciembre de 2026.",
    "La conférence a été convoquée par la Résolution 81/12 de l'Assemblée générale du 4 décembre 2026.",
])
def test_act_of_a_body_by_its_day(sentence: str) -> None:
    assert _days(f"Review conference\n\nSource: Agency\n\n{sentence}\n") == []


def test_meeting_on_the_day_stays() -> None:
    text = ("Assembly vote\n\nSource: Agency\n\nThe General Assembly meets on 4 December 2026 to vote on the "
            "resolution.\n")
    assert _days(text) == ["2026-12-04"]


@pytest.mark.parametrize("sentence", [
    "Draft resolution 81/12 of the Third Committee will be put to the vote in the General Assembly on 4 December 2026.",
    "La resolución 81/12 de la Asamblea General se votará en Nueva York el 4 de diciembre de 2026.",
])
def test_a_vote_on_a_resolution_to_come_stays(sentence: str) -> None:
    assert _days(f"Vote\n\nSource: Agency\n\n{sentence}\n") == ["2026-12-04"]
