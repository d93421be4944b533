"""A statistics office's release stamps: "Paru le : 14/04/2031", "Prochaine parution le : 13/05/2031 à 08h45",
"Next release: 12 June 2031 at 9:30".

A statistics page stamps each release with the day it came out and the day and minute the next one will: the next
release is a publication, not an event, however exact its clock. "Prochaine parution le : 26/04/2024 at 08:45" had
become a timed event. A press conference the page announces stays one.

Seen in world-hundredfortyseventh (item 4, Insee's "Informations rapides"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2031, 4, 14)


def _events(body: str) -> list[str]:
    text = f"Indice des prix\n\nSource: Institut de statistique\n\n{body}\n"
    return [f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("body", [
    "Informations rapides\nNo 88\nParu le : 14/04/2031\nProchaine parution le : 13/05/2031 à 08h45",
    "Consumer prices - March 2031\n\nReleased: 14 April 2031\nNext release: 12 May 2031 at 9:30",
    "Verbraucherpreise März 2031\n\nVeröffentlicht am 14.04.2031\nNächste Veröffentlichung: 13.05.2031, 8:00 Uhr",
])
def test_the_next_release_is_no_event(body: str) -> None:
    assert _events(body) == []


def test_a_press_conference_beside_the_stamps_stays() -> None:
    body = ("Prochaine parution le : 13/05/2031 à 08h45\n\n"
            "La directrice présentera les résultats lors d'une conférence de presse le 13 mai 2031 à 10h00.")
    assert len(_events(body)) == 1
