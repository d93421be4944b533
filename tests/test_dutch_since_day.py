"""The day a state began, in Dutch: no event on it.

"sinds 1 januari" and "sedert 1 januari" (since) say from when something holds, as "seit dem 1. März" and
"depuis le 3 mars" do; a council agenda's items are full of them. Sentences in our own words, in the forms of a
Dutch municipal council's agenda. Each rule has a row that fails without it. ("per 1 januari", as of, is left
alone: the Italian "per venerdì 20 febbraio", "for Friday 20 February", names the day of a sitting.)
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles


def _days(body: str) -> list[str]:
    article = Article(source="t", title="Agenda van de gemeenteraad", body=body, url="https://example.org/raad",
                      published=dt.date(2031, 3, 1))
    events = extract_articles([article], reference=dt.date(2031, 3, 1), default_zone="Europe/Amsterdam").events
    return [f"{e.start:%Y-%m-%d}" for e in events]


@pytest.mark.parametrize(("body", "days", "why"), [
    ("8 Sinds 1 januari 2031 voert de regeling de belastingtaken uit voor de gemeente.", [], "'sinds': since"),
    ("9 Het havenbedrijf is sedert 1 januari 2031 een zelfstandige onderneming.", [], "'sedert': since"),
    ("De raad vergadert op 19 maart 2031 over de begroting.", ["2031-03-19"], "a meeting on a day stays an event"),
])
def test_the_day_a_state_began_is_no_event(body: str, days: list[str], why: str) -> None:
    assert _days(body) == days, why
