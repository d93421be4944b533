"""A practice that stops from a day on ("will no longer be held online, starting on Monday, 4 March") is no event
on that day, in the body or the title; a festival "starting on Friday" still is.

Texts in our own words, in the style of a senate's notice on how its committees meet.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_DAY = dt.date(2031, 2, 26)


def _days(title: str, body: str) -> list[str]:
    article = Article(source="t", title=title, body=body, url="", published=_DAY, org="Senate of the Philippines")
    return [str(e.start)[:10] for e in extract_articles([article], reference=_DAY).events]


@pytest.mark.parametrize(("title", "body", "why"), [
    ("Committee news", "Committee hearings will no longer be held online, starting on Monday, March 3, 2031.",
     "'no longer' with 'starting on': the day a practice stops"),
    ("Committee news", "The Senate will stop streaming its briefings, beginning March 3, 2031.",
     "'will stop' with 'beginning': the same"),
    ("Hearings no longer online, starting on March 3", "The Senate President announced the change on Tuesday.",
     "the same in a title"),
])
def test_a_practice_changing_is_no_event(title: str, body: str, why: str) -> None:
    assert "2031-03-03" not in _days(title, body), why


def test_an_event_starting_on_a_day_stays() -> None:
    days = _days("Book fair", "The book fair runs for three days, starting on Friday, March 7, 2031, in the town hall.")
    assert "2031-03-07" in days
