"""A picture slot the theme left empty ("<div class='page__featured-image empty'><p>Add a featured image to this
page</p></div>") holds the theme's prompt to its editor, no text of the page: a meeting page's event takes its name
from the headline, not from the prompt. A slot with its picture, and a block only called "empty", stay. Seen in
pages-p57 (gorgecommission.org, a committee meeting named "Add a featured image to this page (via Zoom)"). Pages in
our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article
from parsers.mainpart import empty_image_slot


def _summaries(slot_class: str) -> list[str]:
    page = ("<html><head><title>Parks Committee Meeting – 5/12/2031</title></head><body><main>"
            "<div class='page-header'>"
            f"<div class='{slot_class}'><p>Add a featured image to this page</p></div>"
            "<h1 class='page-title'>Parks Committee Meeting – 5/12/2031</h1></div>"
            "<div class='meeting'><p>May 12, 2031</p><p>3:00 p.m. - 4:30 p.m.</p><p>via Zoom</p>"
            "<p>The Zoom link to join the meeting is located in the agenda.</p></div></main></body></html>")
    article = html_article(page.encode(), url="https://commission.example.org/meeting/parks", source="t")
    events = extract_articles([article], reference=dt.date(2031, 5, 1), default_zone="America/Los_Angeles").events
    return [e.summary for e in events]


@pytest.mark.parametrize("slot_class", ["page__featured-image empty", "post-thumbnail is-empty", "hero-image no-image"])
def test_the_prompt_of_an_empty_slot_names_no_event(slot_class: str) -> None:
    summaries = _summaries(slot_class)
    assert len(summaries) == 1
    assert "featured image" not in summaries[0]
    assert "Parks Committee" in summaries[0]


@pytest.mark.parametrize(
    ("classes", "empty"),
    [
        ("page__featured-image empty", True),
        ("post-thumbnail placeholder", True),
        ("page__featured-image", False),  # a slot with its picture
        ("search-results empty", False),  # empty, but no picture's slot
        ("image-gallery", False),
    ],
)
def test_empty_image_slot(classes: str, empty: bool) -> None:
    assert empty_image_slot(classes) is empty
