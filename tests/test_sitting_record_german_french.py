"""A German or French record of a sitting gives its end, break and resumption at their minutes ("Schluss der
Sitzung: 14.40 Uhr", "Unterbrechung der Sitzung um 13.02 Uhr", "La séance est levée à 18 h 05"): the course of the
sitting held, not events of their own."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_GERMAN = ("Stenographisches Protokoll\n\n12. Sitzung des Landtags\n\nDienstag, 28. Oktober 2031\n\n"
           "Beginn der Sitzung: 9.05 Uhr\n\nPräsidentin: Ich eröffne die Sitzung.\n\n"
           "Unterbrechung der Sitzung um 13.02 Uhr\n\nWiederaufnahme der Sitzung um 14.00 Uhr\n\n"
           "Präsidentin: Die Sitzung ist geschlossen.\n\nSchluss der Sitzung: 18.40 Uhr")
_FRENCH = ("Compte rendu intégral\n\nSéance du mardi 28 octobre 2031\n\nLa séance est ouverte à 9 h 05.\n\n"
           "La séance est suspendue à 13 h 02.\n\nLa séance est reprise à 14 h 00.\n\n"
           "La séance est levée à 18 h 40.")


@pytest.mark.parametrize(("body", "zone"), [(_GERMAN, "Europe/Vienna"), (_FRENCH, "Europe/Paris")])
def test_the_course_of_a_sitting_held_gives_no_events(body: str, zone: str) -> None:
    article = Article(source="t", title="Record of the sitting", body=body, url="", published=None,
                      org="Parliament in Vienna" if zone == "Europe/Vienna" else "Assemblée in Paris")
    events = extract_articles([article], reference=dt.date(2031, 11, 1), default_zone=zone).events
    hours = sorted(e.start.hour for e in events if e.start is not None and hasattr(e.start, "hour"))
    assert not {13, 14, 18} & set(hours), [(e.start, e.summary) for e in events]
