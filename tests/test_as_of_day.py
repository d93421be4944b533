"""The day a paper's figures stand at, named in its title ("Rechnungsabschluss 2030 (Stand 31. März 2031)",
"statistics as of 31 March 2031"): no event, and no day for the times told after it."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles
from tests.test_notevents import events_of, when

_GERMAN = ("Dauer der Sitzung\n\nDienstag, 28. Oktober 2031: 14.31 – 14.40 Uhr\n\nBeginn der Sitzung: 14.31 Uhr\n\n"
           "Zuweisungen an den Budgetausschuss:\n\n"
           "Rechnungsabschluss des Hafenamts für das Jahr 2030 (Vergleichsrechnung Stand 31. März 2031) (III-1 d.B.),"
           "\n\nDiese Sitzung ist geschlossen.\n\nSchluss der Sitzung: 14.40 Uhr")
_ENGLISH = ("Duration of the sitting\n\nTuesday, 28 October 2031: 14.31 – 14.40\n\nThe sitting opened at 14.31.\n\n"
            "Papers laid before the Budget Committee:\n\n"
            "Harbour Office accounts for the year 2030 (figures as of 31 March 2031) (Paper 1),\n\n"
            "The sitting is closed.\n\nThe sitting closed at 14.40.")


@pytest.mark.parametrize("body", [_GERMAN, _ENGLISH])
def test_an_as_of_day_is_no_event_and_no_day_for_later_times(body: str) -> None:
    article = Article(source="t", title="Record of the sitting", body=body, url="", published=None,
                      org="Parliament in Vienna")
    events = extract_articles([article], reference=dt.date(2031, 11, 1), default_zone="Europe/Vienna").events
    days = {(e.start.month, e.start.day) for e in events}  # type: ignore[union-attr]
    assert (3, 31) not in days, [(e.start, e.summary) for e in events]
    assert days == {(10, 28)}, [(e.start, e.summary) for e in events]


def test_an_english_stand_before_a_day_is_no_as_of() -> None:
    # (found by review) "Freedom Stand 10 March" names a monument's day, no paper's figures
    body = "Published 3 March 2031\n\nThe Minister attends the ceremony for Freedom Stand 10 March 2031 in Leeds."
    assert when(events_of(body, zone="Europe/London")) == ["2031-03-10"]
