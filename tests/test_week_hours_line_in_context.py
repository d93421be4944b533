"""A contact block's "Monday - Friday 6:00 am - 6:00 pm" after a dated sentence: opening hours, no listed day.

A line opening with a weekday is read as a listed item on the week of the day in context ("Monday 6:00 pm –
Riders forum"); a span of weekdays before a span of hours is a week's rule instead. Texts in our own words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles


def _summaries(line: str) -> list[str]:
    body = f"The new fares start on Thursday, May 1, 2031.\n\nRiverton Transit Department\n\n{line}"
    article = Article(source="t", title="Fare changes", body=body, url="", published=dt.date(2031, 4, 20),
                      org="Riverton Transit Department")
    return [e.summary for e in extract_articles([article], reference=dt.date(2031, 4, 20)).events]


@pytest.mark.parametrize(("line", "listed", "why"), [
    ("Monday - Friday 6:00 am - 6:00 pm", False, "office hours of every week"),
    ("Mon – Fri 8:30 am – 4:30 pm", False, "the same, abbreviated"),
    ("Monday 6:00 pm – Riders forum at the depot", True, "one weekday and a time: a listed item"),
])
def test_a_week_of_hours_is_no_listed_day(line: str, listed: bool, why: str) -> None:
    others = [s for s in _summaries(line) if "fares" not in s.lower()]
    assert bool(others) is listed, why
