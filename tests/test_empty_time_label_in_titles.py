"""A card's fields read into its title: "Committee Meetings Time: Location: City Hall" once the day and the hours were
taken out, the label "Time:" left with nothing after it. A date or time label whose value was taken out goes from the
title; a label with its value ("Location: City Hall") stays. Pages written for this test."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _card(day: str, name: str) -> str:
    return (f"<div class='event'><span class='date'>{day}</span><span class='month'>Mar</span>"
            f"<strong class='title'>{name}</strong><span class='time'>Time: 6:30-8:00 PM</span>"
            "<span class='location'>Location: Council Chambers, 12 Main Street</span></div>")


def test_an_emptied_time_label_leaves_the_title() -> None:
    body = _card("11", "Finance Committee") + _card("18", "Town Council Meeting")
    page = ("<html><head><title>Upcoming Meetings - Riverton Town Council</title></head><body><main>"
            f"<h1>Upcoming Meetings</h1><div class='events'>{body}</div>"
            "<footer>&copy; 2031 Riverton Town Council</footer></main></body></html>").encode()
    article = html_article(page, url="https://example.org/meetings", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 20), default_zone="America/Chicago").events
    summaries = [e.summary for e in events]
    assert len(summaries) == 2, summaries
    assert not any("Time:" in s for s in summaries), summaries
    assert all("Location: Council Chambers" in s for s in summaries), summaries
