"""A visit's span, then a sentence that names its first and last weekdays again ("arrives on Thursday 13th and
leaves on Saturday 15th March"): the same visit, no day of its own on the last day.

Texts in our own words, in the style of a prime minister's office announcing a state visit.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles

_DAY = dt.date(2031, 3, 3)


def _days(body: str) -> list[tuple[str, str]]:
    article = Article(source="t", title="State visit", body=body, url="", published=_DAY,
                      org="Office of the Prime Minister and Cabinet, Solomon Islands")
    return sorted((str(e.start), str(e.end)) for e in extract_articles([article], reference=_DAY).events)


def test_the_last_day_said_again_is_the_visit() -> None:
    body = ("The Prime Minister of Vanuatu pays a State Visit to Honiara from 13th -15th March 2031.\n\n"
            "He and his delegation arrive on Thursday 13th and leave on Saturday 15th March.")
    assert _days(body) == [("2031-03-13", "2031-03-16")]


def test_another_happening_on_the_last_day_stays() -> None:
    body = ("The Prime Minister of Vanuatu pays a State Visit to Honiara from 13th -15th March 2031.\n\n"
            "A farewell dinner for him is held at the Heritage Park Hotel on Saturday 15th March.")
    assert len(_days(body)) == 2
