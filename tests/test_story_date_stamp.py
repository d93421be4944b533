"""A news story's date element named for the story ("newsStoryDate", "story-date") is its stamp: the minute in it is
when the story was posted, not an event (pages-p45: an Egyptian paper's "الإثنين، 13 مايو 2024 06:00 ص" under its
headline was published as an event). An element named for an event's date stays. Pages in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

STORY = ("<p>The transport minister said ten electric taxis will begin a trial run in the new capital, the first"
         " stage of a fleet of one hundred and forty-five cars that passengers book through an app.</p>")


def _times(element_class: str) -> list[str]:
    page = ("<html><head><title>Electric taxis in the new capital</title></head><body><main>"
            "<h1>Electric taxis in the new capital</h1>"
            f"<span class='{element_class}'>Monday, 13 May 2024 06:20 AM</span>"
            f"{STORY}</main></body></html>")
    article = html_article(page.encode(), url="https://paper.example.eg/news/taxis", source="t")
    events = extract_articles([article], reference=dt.date(2024, 5, 13), default_zone="Africa/Cairo").events
    return [f"{e.start:%H:%M}" for e in events if not e.all_day]


@pytest.mark.parametrize("element_class", ["newsStoryDate", "story-date", "news-story-time"])
def test_a_story_date_is_the_stamp(element_class: str) -> None:
    assert _times(element_class) == []


@pytest.mark.parametrize("element_class", ["event-date", "storytime", "story-time"])
def test_an_event_date_stays(element_class: str) -> None:
    # (a library's "storytime" is its children's readings, an event)
    assert _times(element_class) == ["06:20"]
