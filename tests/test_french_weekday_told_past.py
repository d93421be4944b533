"""A French sentence that opens with a weekday, perhaps with its part of the day ("Mercredi soir,", "Jeudi matin,"),
and goes on in the imparfait of "être" or in the passé composé of a reflexive verb ("était en compagnie de", "s'est
rendue à", "se sont réunis") tells what happened: no event on the next such weekday (issue #10, "Dates that are not
events": history). Seen in pages-p43 (a radio's story: "Mercredi soir, [le ministre] était en compagnie de …" under a
Friday's date put an event on the next Wednesday); the texts are ours. What is to come ("sera", "rencontrera") and a
plan told from the past ("était attendu") stay."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2031, 6, 6)  # a Friday


def _days(body: str) -> list[str]:
    """The events' days, "YYYY-MM-DD", timed or not, of an item dated Friday 6 June 2031."""
    text = f"Communiqué\n\nSource: Collectif\n\nPublié le vendredi 6 juin 2031\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Mercredi soir, le ministre était en compagnie du président du groupe.", [],
     "the part of the day, then the imparfait of être: history"),
    ("Mercredi, le ministre était en compagnie du président du groupe.", [], "the imparfait of être: history"),
    ("Mercredi soir, le ministre a rencontré les syndicats à Lyon.", [],
     "the part of the day before the passé composé: history"),
    ("Mardi, la ministre s'est rendue à Lyon pour rencontrer les syndicats.", [],
     "the passé composé of a reflexive verb: history"),
    ("Jeudi matin, les ministres se sont réunis à Matignon.", [], "a reflexive plural, after the morning: history"),
    ("Mercredi soir, le ministre sera en compagnie du président du groupe.", ["2031-06-11"], "the future: an event"),
    ("Mercredi soir, le ministre rencontrera les syndicats à Lyon.", ["2031-06-11"], "the future: an event"),
    ("Jeudi, le ministre était attendu à Lyon pour une visite.", ["2031-06-12"],
     "a plan told from the past: an event"),
    ("Mercredi soir, la réunion publique a lieu à la mairie.", ["2031-06-11"], "the present: an event"),
    ("Jeudi, la réunion qui était fixée au mardi se tiendra en salle 6.", ["2031-06-12"],
     "the imparfait of a relative clause, the sentence's own verb in the future: an event"),
])  # fmt: skip
def test_french_weekday_told_past(body: str, expected: list[str], why: str) -> None:
    assert _days(body) == expected, why
