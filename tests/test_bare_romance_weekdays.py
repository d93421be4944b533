"""A French or Italian weekday without its article, before its clock ("se rassemblent jeudi à 17 heures", "ce jeudi à
17h", "si terrà giovedì alle 17"), is the coming day of that name, as "le jeudi" and "il giovedì" already were: the
time fell on the item's own day. (Found on real pages of pages-p27: a French university strike, an Italian notice.)
Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

REFERENCE = dt.date(2026, 12, 4)


def _starts(stamp: str, body: str) -> list[str]:
    text = f"Avis\n\nSource: Exemple\n\n{stamp}\n\n{body}\n"
    return sorted(str(e.start) for e in extract(text, source="t", reference=REFERENCE,
                                                 default_zone="Europe/Brussels").events)


@pytest.mark.parametrize(("stamp", "body"), [
    ("Publié le 2 mars 2027", "Les étudiants se rassemblent jeudi à 17 heures devant la présidence, à Lyon."),
    ("Publié le 2 mars 2027", "Un rassemblement aura lieu ce jeudi à 17h devant la mairie de Lyon."),
    ("Pubblicato il 2 marzo 2027", "Il presidio si terrà giovedì alle 17 davanti al municipio di Torino."),
])
def test_a_bare_weekday_before_its_clock_is_the_coming_day(stamp: str, body: str) -> None:
    assert _starts(stamp, body) == ["2027-03-04 17:00:00+01:00"]


@pytest.mark.parametrize("sentence", [
    "Le marché du jeudi est annulé pour travaux.",
    "Les jeudis de la science reprennent bientôt.",
    "Il mercato del giovedì resta chiuso.",
])
def test_a_weekday_that_names_a_habit_or_a_thing_is_no_day(sentence: str) -> None:
    assert [m for m in find_mentions(sentence) if m.kind == "weekday"] == []


@pytest.mark.parametrize("sentence", [
    # (found by review: the last day of a week's run was read as the coming day of that name)
    "Les ateliers ont lieu du lundi au vendredi à 14h à la médiathèque.",
    "La mairie est ouverte de lundi à vendredi de 9h à 17h.",
    "Gli incontri si tengono da lunedì a venerdì dalle 18 alle 20 nella sala del consiglio.",
])
def test_the_last_day_of_a_weeks_run_is_no_coming_day(sentence: str) -> None:
    assert [m for m in find_mentions(sentence) if m.kind == "weekday"] == []
