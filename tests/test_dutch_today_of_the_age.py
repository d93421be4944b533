"""Dutch "vandaag" read as the day of publication ("Vandaag houdt de minister om 14.00 uur een persconferentie") is,
with a verb of being after it, the present age, as "heute ist" and "aujourd'hui est" are: "Vandaag is een belangrijke
dag voor de sector, zei de minister" is no event. Texts in our own words (reviewer, session 48)."""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import article_events


def _starts(sentence: str) -> list[str]:
    article = Article(source="test", title="Persbericht", body=sentence, url="", published=dt.date(2031, 5, 15))
    return [str(e.start) for e in article_events(article, dt.date(2031, 5, 15), "Europe/Amsterdam")]


def test_today_of_the_age_is_no_event() -> None:
    assert _starts("Vandaag is een belangrijke dag voor de sector, zei de minister.") == []


def test_today_with_its_event_stays() -> None:
    assert _starts("Vandaag houdt de minister om 14.00 uur een persconferentie in Den Haag.") == [
        "2031-05-15 14:00:00+02:00"]


def test_today_is_with_its_clock_stays() -> None:
    assert _starts("Vandaag is de persconferentie van de minister om 14.00 uur in Den Haag.") == [
        "2031-05-15 14:00:00+02:00"]
