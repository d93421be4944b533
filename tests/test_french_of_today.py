"""French "d'aujourd'hui" ("of today": present-day, contemporary) is no date: "les défis de sécurité d'aujourd'hui",
"l'Afrique d'aujourd'hui". Only "aujourd'hui" itself, the day of publication, dates something.

A Senegalese council-of-ministers story (world-fiftyeighth item 2) spoke of "solutions ... aux défis de sécurité
d'aujourd'hui" in a sentence of history, and the dateline's day became an event. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

import parsers


def _starts(text: str) -> list[dt.date | dt.datetime]:
    return [e.start for e in parsers.extract(text, source="x", reference=dt.date(2026, 12, 4)).events]


def test_the_challenges_of_today_are_no_day() -> None:
    text = ("Colloque sur la jeunesse\n\nNiamey, 3 mars 2025\n\n"
            "Le ministère a présenté le colloque comme une réponse aux attentes de la jeunesse d'aujourd'hui.\n")
    assert _starts(text) == []


def test_present_day_africa_beside_a_dated_forum() -> None:
    text = ("Forum sur l'intégration\n\nLomé, 10 juin 2025\n\n"
            "Le forum se tiendra le 24 juin 2025 à Lomé ; il portera sur l'Afrique d’aujourd’hui et ses marchés.\n")
    assert _starts(text) == [dt.date(2025, 6, 24)]


def test_today_itself_still_dates_a_meeting() -> None:
    text = ("Conseil municipal\n\nBamako, 5 mai 2025\n\nLe conseil municipal se réunit aujourd'hui à la mairie.\n")
    assert _starts(text) == [dt.date(2025, 5, 5)]
