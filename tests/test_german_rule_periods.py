"""A German rule's period that ends or begins on a day ("Am 1. März endet ... die Schonzeit", "Fristende 3. April") and
a permission from a day ("dürfen ... erst ab dem 16. März ... ausgebracht werden") are cut-off dates of rules, as
"by 1 January" is: nobody gathers. A meeting or an exhibition that begins on a day stays an event."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles


def _days(title: str, body: str) -> list[str]:
    article = Article(source="t", title=title, body=body, published=dt.date(2031, 2, 10))
    events = extract_articles([article], reference=dt.date(2031, 2, 10), default_zone="Europe/Berlin").events
    return sorted(str(e.start)[:10] for e in events)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Hinweise für Jäger", "Am 1. März endet für alle Jäger im Landkreis die allgemeine Schonzeit für Rehwild."),
        ("Hinweise für Betriebe", "Am 1. März beginnt für alle Betriebe die neue Meldefrist für Gülle."),
        ("Hinweise zur Düngung", "In den gelben Gebieten dürfen Wirtschaftsdünger erst ab dem 16. März auf die Felder"
                                 " ausgebracht werden."),
        ("Fristende 3. April - Hinweise zum Antrag", "Die Anträge werden von der Kammer geprüft."),
        ("Hinweise zum Antrag", "Ende der Antragsfrist: 3. April. Die Anträge werden von der Kammer geprüft."),
    ],
)
def test_a_rules_period_is_no_event(title: str, body: str) -> None:
    assert _days(title, body) == []


@pytest.mark.parametrize(
    ("title", "body", "day"),
    [
        ("Sitzung des Kreistags", "Am 1. März beginnt um 15 Uhr die Sitzung des Kreistags im Rathaus.", "2031-03-01"),
        ("Ausstellung im Rathaus", "Am 16. März beginnt die Ausstellung zur Geschichte der Stadt im Rathaus.",
         "2031-03-16"),
        # (a gathering about a period, and a reopening only from a day: events, no rules)
        ("Sprechstunde", "Am 5. März beginnt im Kreishaus die Sprechstunde zur Antragsfrist.", "2031-03-05"),
        ("Museum", "Das Landesmuseum öffnet erst ab dem 16. Februar mit einer feierlichen Wiedereröffnung.",
         "2031-02-16"),
    ],
)
def test_a_gathering_that_begins_on_a_day_stays(title: str, body: str, day: str) -> None:
    assert _days(title, body) == [day]
