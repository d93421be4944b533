"""A list of event cards, each ending in a link "Read More" (or "Learn more", "En savoir plus"), read as one run of
text: the link of one card stood at the head of the next card's words, and the next meeting's title began "Read
More City Council Meeting". A link label opening a title is the card before's; the title starts after it. Pages
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article


def _card(day: str, name: str, more: str) -> str:
    return (f"<a href='/m/{day}' class='event'><span class='date'>{day}</span><span class='month'>Mar</span>"
            f"<strong class='title'>{name}</strong><span class='time'>Time: Tuesday, 6:30-8:00 PM</span>"
            f"<span class='location'>Location: Council Chambers, 12 Main Street.</span><span class='more'>{more}</span>"
            "</a>")


@pytest.mark.parametrize("more", ["Read More", "Learn more", "En savoir plus"])
def test_the_link_label_is_no_part_of_the_next_title(more: str) -> None:
    body = _card("11", "Finance Committee", more) + _card("18", "Town Council Meeting", more)
    page = ("<html><head><title>Upcoming Meetings - Riverton Town Council</title></head><body><main>"
            f"<h1>Upcoming Meetings</h1><div class='events'>{body}</div>"
            "<footer>&copy; 2031 Riverton Town Council</footer></main></body></html>").encode()
    article = html_article(page, url="https://example.org/meetings", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 20), default_zone="America/Chicago").events
    summaries = [e.summary for e in events]
    assert len(summaries) == 2, summaries
    assert not any(more.lower() in s.lower() for s in summaries), summaries


@pytest.mark.parametrize("title", ["More Information Session for Parents", "Learn More Fair for new residents",
                                   "Save the Date: Community Forum: Water Strategy"])
def test_titles_that_open_with_such_words_keep_them(title: str) -> None:
    # (review: a title may open with the words of a link's label, in title case, or with "Save the Date:")
    from parsers.kinds import _bare

    assert _bare(title) == title
