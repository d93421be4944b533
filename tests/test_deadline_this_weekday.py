"""A deadline told with a demonstrative before its day ("au plus tard ce vendredi 01 mai 2020 à 10h") is a deadline,
as "au plus tard le" is, and no event (the Spanish "a más tardar este viernes" was read so already; issue #10, "Not
events"). Seen in world-hundredfifteenth (the time limit for reporters' questions to Senegal's health ministry became
an event); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _starts(body: str) -> list[str]:
    text = f"Point de presse\n\nSource: Ministère\n\n{body}\n"
    return [f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=dt.date(2020, 4, 28)).events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize("body", [
    "Les journalistes peuvent envoyer leurs questions à l'adresse presse@example.org au plus tard ce vendredi 01 mai "
    "2020 à 10h pour qu'elles soient retenues.",
    "Las preguntas se reciben en prensa@example.org a más tardar este viernes 1 de mayo de 2020 a las 10:00.",
])
def test_a_deadline_is_no_event(body: str) -> None:
    assert _starts(body) == []


def test_the_event_beside_stays() -> None:
    assert _starts("Le ministre tiendra un point de presse ce samedi 2 mai 2020 à 10h.") == ["2020-05-02 10:00"]
