"""A story's info block named the BEM way, with two underscores ("article__info", "post__date"), is its stamp:
"Today, 17:40" in it is when the story was posted, in any language ("Šodien, 17:40", "Heute, 09:12"), no event
(pages-p36: a Latvian broadcaster's story gave its posting minute as an event). A block named for an event's time
("event__time") stays. Pages in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

STORY = ("<p>Rescue teams found a fifth victim four days after the landslide buried several houses in the village."
         " Five people are still missing, among them two children, and more than a thousand were evacuated.</p>")


def _times(block_class: str, stamp: str) -> list[str]:
    page = ("<html><head><title>Landslide in the valley</title><meta property='article:published_time'"
            " content='2031-01-03T17:40:00+02:00'></head><body><main><h1>Landslide in the valley</h1>"
            f"<div class='{block_class}'><div class='{block_class}-items'><div class='info-item time'>{stamp}</div>"
            "<div class='info-item category'><a href='/world/'>World</a></div></div></div>"
            f"{STORY}</main></body></html>")
    article = html_article(page.encode(), url="https://news.example.lv/world/landslide", source="t")
    events = extract_articles([article], reference=dt.date(2031, 1, 3), default_zone="Europe/Riga").events
    return [f"{e.start:%H:%M}" for e in events if not e.all_day]


@pytest.mark.parametrize("stamp", ["Today, 17:40", "Šodien, 17:40", "Heute, 09:12"])
@pytest.mark.parametrize("block_class", ["article__info", "post__meta", "news__date"])
def test_a_bem_info_block_is_the_stamp(block_class: str, stamp: str) -> None:
    assert _times(block_class, stamp) == []


def test_an_event_block_stays() -> None:
    assert _times("event__when", "Šodien, 17:40") == ["17:40"]
