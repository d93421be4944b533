"""French history: a day before the publication day told in the passé composé ("a rejeté le recours le 9 mai") or
in a passive with its agent ("confirmée par la cour le 9 mai") happened; no event (pages-dev22, a report on a
court case). A later day told the same way is to come and stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2031, 12, 1)


def days(body: str) -> list[str]:
    found = extract(f"Communiqué\n\nSource: Collectif\n\n{body}\n", source="t", reference=REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d}" for e in found)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Publié le 3 juin 2031\n\nLe tribunal a rejeté le recours de la famille le 9 mai 2031 après une longue audience.",
     [], "passé composé before a day before the stamp: history"),
    ("Publié le 3 juin 2031\n\nLa décision du juge, confirmée par la cour le 9 mai 2031, reste contestée par tous.",
     [], "a passive with its agent before the day: history"),
    ("Publié le 3 juin 2031\n\nLa réunion publique, fixée par le maire au 12 juin 2031 à 18h30, aura lieu en mairie.",
     ["2031-06-12"], "the same form before a day after the stamp: an event"),
])  # fmt: skip
def test_french_history(body: str, expected: list[str], why: str) -> None:
    assert days(body) == expected, why
