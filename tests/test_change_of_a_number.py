"""A number's change told in the past: "On Sunday the total number of cases in the county rose to 15", "Exports fell
by 3 percent on Friday", "the index climbed to 1,200 on Thursday".

A local newspaper's story on a county's state of emergency showed it: "On Sunday the total number of cases ... rose
to 15", in a story stamped Monday, was made an event on the Sunday ahead. A count that rose or fell tells what
happened to a figure on a day gone by: no event, as "the county opened a testing site on Sunday" is none. A figure
told as to come ("is expected to rise to") is no past. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles


def _starts(body: str) -> list[dt.datetime | dt.date]:
    article = Article(source="t", title="County update", body=body, published=dt.date(2031, 3, 17))  # a Monday
    events = extract_articles([article], reference=dt.date(2031, 3, 17), default_zone="America/New_York").events
    return sorted((e.start.astimezone(dt.UTC) if isinstance(e.start, dt.datetime) else e.start) for e in events)


def test_a_count_that_rose_on_a_weekday() -> None:
    assert _starts("On Sunday the number of flu cases in the district rose to 42.") == []


def test_a_figure_that_fell_by_a_share() -> None:
    assert _starts("On Friday the harbour's freight volume fell by 3 percent.") == []


def test_a_level_that_climbed() -> None:
    assert _starts("On Saturday the river level at the Mill Bridge gauge climbed to 4.2 metres.") == []


def test_a_meeting_on_the_same_weekday_stays() -> None:
    found = _starts("On Sunday the district health board meets at 2 p.m. to review the flu figures.")
    assert found == [dt.datetime(2031, 3, 23, 18, tzinfo=dt.UTC)], found
