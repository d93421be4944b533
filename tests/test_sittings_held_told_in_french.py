"""A sitting told as held in the French or Italian past, "La séance s'est tenue ce mardi 26 septembre 2023", "le
Conseil a eu lieu le", "la seduta si è svolta il" (issue #10, "not events": reports of days gone by): the report of a
meeting, no event, as "was held on" and "se celebró el" are; "se tiendra le", "aura lieu le" stay events. Seen in
world-hundredeighth (a presidency's record of a cabinet sitting); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(body: str) -> list[str]:
    text = f"Compte rendu\n\nSource: Présidence\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(
    "body",
    [
        "La 7e séance du Conseil des ministres s'est tenue ce jeudi 12 octobre 2023 sous la présidence du chef "
        "de l'État.",
        "Le conseil de cabinet a eu lieu le 12 octobre 2023 à la primature.",
        "Les membres du gouvernement se sont réunis au palais le 12 octobre 2023 pour examiner le budget.",
        "La séance plénière s'est déroulée le jeudi 12 octobre 2023 dans l'hémicycle.",
        "La seduta del Consiglio si è svolta il 12 ottobre 2023 a Palazzo Chigi.",
    ],
    ids=["s-est-tenue-ce", "a-eu-lieu-le", "se-sont-reunis-au-palais-le", "s-est-deroulee", "si-e-svolta"],
)
def test_sitting_told_as_held_is_no_event(body: str) -> None:
    assert _days(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "La 8e séance du Conseil des ministres se tiendra le jeudi 19 octobre 2023 au palais.",
        "La séance qui s'est tenue hier a fixé le vote, qui aura lieu le 19 octobre 2023 au palais.",
    ],
    ids=["se-tiendra", "held-yesterday-then-the-vote-to-come"],
)
def test_sitting_to_come_stays_an_event(body: str) -> None:
    assert _days(body) == ["2023-10-19"]
