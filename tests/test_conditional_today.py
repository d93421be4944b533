"""A "today" after a conditional of being ("vendre ces parts serait aujourd'hui une erreur", "ein Neubau wäre heute
kaum bezahlbar"): what would hold in the present age, no day's happening. A "today" that dates a happening keeps its
day. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """{title}

Source: {source}

{sentence}
"""


@pytest.mark.parametrize(("title", "source", "sentence"), [
    ("Le ministre envisage des cessions", "Journal du matin",
     "Paris, 5 avril 2031 – Vendre ces parts de l'opérateur serait aujourd'hui une mauvaise affaire pour "
     "le budget de l'État."),
    ("Ministerin prüft Verkauf", "Morgenblatt",
     "Berlin, 5. April 2031 – Ein Neubau der Brücke wäre heute kaum bezahlbar, sagen die Planer des Landes."),
])
def test_a_conditional_today_is_no_day(title: str, source: str, sentence: str) -> None:
    events = extract(ITEM.format(title=title, source=source, sentence=sentence), source="t",
                     reference=dt.date(2031, 4, 5), default_zone="Europe/Paris").events
    assert events == []


def test_a_today_that_dates_a_meeting_keeps_its_day() -> None:
    text = ITEM.format(title="Conseil municipal", source="Mairie",
                       sentence="Lyon, 5 avril 2031 – Le conseil municipal se réunit aujourd'hui à 18 heures.")
    events = extract(text, source="t", reference=dt.date(2031, 4, 5), default_zone="Europe/Paris").events
    assert len(events) == 1


def test_a_reported_day_in_the_conditional_keeps_its_day() -> None:
    # (the French press's conditional of a report not yet confirmed: the vote would be today, say its sources)
    text = ITEM.format(title="Assemblée", source="Journal du matin",
                       sentence="Paris, 5 avril 2031 – Le vote final serait aujourd'hui, selon des sources.")
    events = extract(text, source="t", reference=dt.date(2031, 4, 5), default_zone="Europe/Paris").events
    assert [e.start for e in events] == [dt.date(2031, 4, 5)]
