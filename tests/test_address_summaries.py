"""A line that gives only when and where ("March 9, 2031 @ 6:30 pm, 55 Quay Street, Room One") names the event by
the page's title, never by its street address. Lines of our own; each row says why."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles


@pytest.mark.parametrize(("body", "summary", "why"), [
    ("Upcoming meetings:\n\nMarch 9, 2031 @ 6:30 pm, 55 Quay Street, Second Floor, Room One\n\n"
     "April 13, 2031 @ 6:30 pm, 55 Quay Street, Second Floor, Room One", "Harbour Review Board",
     "a row giving only its day, time and street: the title says what meets"),
    ("The board meets on March 9, 2031 at 6:30 pm at 55 Quay Street.", "Board meets at 55 Quay Street",
     "a sentence names its own event, with its street"),
])
def test_a_street_address_does_not_name_the_event(body: str, summary: str, why: str) -> None:
    article = Article(source="t", title="Harbour Review Board", body=body, published=dt.date(2031, 3, 1))
    events = extract_articles([article], reference=dt.date(2031, 3, 1), default_zone="America/New_York").events
    assert events, why
    assert [e.summary.split(": ", 1)[-1] for e in events] == [summary] * len(events), why
