"""A news story's dates that are no events: a hearing the vote 'followed', a budget that 'takes effect July 1' (no
'on'), a place that 'from 14 June' opens on Mondays. The event a story announces stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """News

Source: Riverside Gazette

Published: 2 June 2031

{body}
"""


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("The vote followed a public hearing on May 20 that drew 200 residents.", [], "'followed': a day gone by"),
    ("The fair on May 24 drew 3,000 visitors to the square.", [], "'drew' after the day: history too"),
    ("The board approved the levy, which takes effect July 1.", [], "a rule's first day, written without 'on'"),
    ("From 14 June the library will also open on Mondays.", [], "from a day on, any such day: a rule"),
    ("From 14 June the library hosts a week of readings in the main hall.", ["2031-06-14"],
     "'from' a day with no rule after it: the day something begins"),
    ("The board holds a hearing on the levy on June 20 in the town hall.", ["2031-06-20"], "a hearing to come"),
])  # fmt: skip
def test_dates_of_a_news_story(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="news", reference=dt.date(2031, 6, 2)).events
    assert sorted(f"{e.start:%Y-%m-%d}" for e in events) == expected, why
