"""An English "today" between a relative pronoun and a verb of a lasting state ("which today is", "that today
houses") means "nowadays": no event on the day of the text.

Form: feature stories and profiles that describe what a business, a building or a body is now ("profits from a
business which today is mainly cloud computing", "the mill, which today houses a bakery"). Seen in a quote of a
US daily's business story (seattletimes.com, pages-p29), which gave an all-day event on the story's day.
Texts of our own here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_DAY = dt.date(2031, 4, 28)


def _days(text: str) -> list[dt.date | dt.datetime]:
    article = Article(source="t", title="Story", body=text, published=_DAY)
    return [e.start for e in extract_articles([article], reference=_DAY).events]


@pytest.mark.parametrize("text", [
    "“They put the money from a trade which today is mostly online sales back into the shops,” the analyst said.",
    "The old mill, which today houses a bakery and a weaving school, stands where the two rivers meet.",
    "The cooperative, that today employs some 300 people, began with four fishing families.",
])
def test_nowadays(text: str) -> None:
    assert _days(text) == []


def test_a_relative_clause_of_an_act_today_stays() -> None:
    assert _days("The museum, which today opens its new wing to the public, expects a thousand visitors.")
