"""An event called off in the words that give its day is published as cancelled, never as taking place.

Sentences of our own in English, German and French, in the forms notices use: a verb that calls off
("to cancel the meetings scheduled for", "auf den ... angesetzten Lehrgang verzichten") in the part of
the sentence giving the day, and words that say it outright ("abgesagt", "findet nicht statt",
"annulée"). Each row says why; the rows that keep the event show where the rule stops.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import CANCELLED, CONFIRMED, Article
from parsers import extract_articles


@pytest.mark.parametrize(("body", "status", "why"), [
    ("This notice changes the calendar: to cancel the finance and audit committee meetings scheduled for "
     "12 May 2031, and to set a new day later.", CANCELLED, "'to cancel' the meetings of that day"),
    ("To cancel a booking, write to the clerk. The finance committee meets on 12 May 2031.", CONFIRMED,
     "cancelling in another sentence is not this meeting's"),
    ("The board meets on 12 May 2031, after cancelling the sittings of the spring.", CONFIRMED,
     "'cancelling' told of other sittings: only 'to cancel' and 'cancels' call off what the sentence dates"),
    ("Der Verband wird auch auf den vom 12. bis zum 14. Mai 2031 angesetzten Lehrgang verzichten.", CANCELLED,
     "'verzichten auf' the course set for those days"),
    ("Der Lehrgang findet vom 12. bis zum 14. Mai 2031 statt; auf Gäste wird dabei verzichtet.", CONFIRMED,
     "doing without guests, after a semicolon, calls nothing off"),
    ("Das Sommerfest am 12. Mai 2031 ist abgesagt.", CANCELLED, "'abgesagt' says it outright"),
    ("Der Empfang am 12. Mai 2031 findet nicht statt.", CANCELLED, "'findet nicht statt'"),
    ("La réunion prévue le 12 mai 2031 à la mairie est annulée.", CANCELLED, "'annulée' in French"),
])
def test_an_event_called_off_where_its_day_is_given(body: str, status: str, why: str) -> None:
    article = Article(source="t", title="Notice", body=body, published=dt.date(2031, 5, 2))
    events = extract_articles([article], reference=dt.date(2031, 5, 2), default_zone="Europe/Berlin").events
    assert [e.status for e in events] == [status], why
