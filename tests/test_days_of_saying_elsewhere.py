"""A day between a verb of saying and its "que"/"dass" ("annonce le lundi 22 avril que ...") is when the words were
said, in French, Spanish and German as in English; the day of what was said, if any, is the event. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _starts(body: str) -> list[str]:
    events = extract(f"Notice\n\nSource: Press office\n\nPublished 9 June 2031\n\n{body}\n", source="t",
                     reference=dt.date(2026, 12, 1), default_zone="Europe/Paris").events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if not e.all_day else f"{e.start}" for e in events)


@pytest.mark.parametrize(("body", "why"), [
    ("La radio nous annonce le lundi 21 avril que trois émissions sont supprimées de la grille.",
     "French 'annonce le DATE que': the day of the news"),
    ("El club anunció el 21 de abril de 2031 que dos equipos dejan la liga.", "Spanish 'anunció el DATE que'"),
    ("Der Verein teilte am 21. April mit, dass zwei Kurse entfallen.", "German 'teilte am DATE mit, dass'"),
])
def test_the_day_something_was_said_is_no_event(body: str, why: str) -> None:
    assert _starts(body) == [], why


def test_the_day_of_what_was_said_stays() -> None:
    body = "La mairie annonce le lundi 21 avril que la fête de quartier aura lieu le samedi 14 juin 2031 à 20 h."
    assert _starts(body) == ["2031-06-14 20:00"]
