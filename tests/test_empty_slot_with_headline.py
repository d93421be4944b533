"""A banner the theme marks as having no picture ("page-hero has-no-image", "hero no-image") is no empty picture slot
when it holds the page's headline: the headline names the meeting, not the first line of the meeting's date. Pages in
our own words (review of s51-p57)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article


@pytest.mark.parametrize("banner_class", ["page-hero has-no-image", "hero no-image", "hero-image no-image"])
def test_a_banner_without_picture_keeps_its_headline(banner_class: str) -> None:
    page = ("<html><head><title>Commission</title></head><body><main>"
            f"<div class='{banner_class}'><h1 class='page-title'>Trails Committee Meeting</h1></div>"
            "<div class='meeting'><p>June 3, 2031</p><p>10:00 a.m. - 11:30 a.m.</p><p>via Zoom</p>"
            "<p>The link to join is in the agenda.</p></div></main></body></html>")
    article = html_article(page.encode(), url="https://board.example.org/meeting/trails", source="t")
    events = extract_articles([article], reference=dt.date(2031, 5, 1), default_zone="America/Los_Angeles").events
    assert [e.summary for e in events] == ["Trails Committee Meeting (via Zoom)"]
