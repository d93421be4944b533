"""A <time> element followed by an HTML comment among its siblings: the page is read, not dropped.

Form: a news or event page whose markup leaves a comment ("<!-- /date -->", "<!-- end meta -->") next to a
<time> element, before the next element. Seen on a French daily's story page (liberation.fr), which was not
read at all: the search for the <time> ending a range asked the comment for its text. Pages of our own here.
"""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _events(page: str) -> list[dt.datetime | dt.date]:
    article = html_article(page.encode(), url="https://example.org/notice", source="t")
    return [e.start for e in extract_articles([article], reference=dt.date(2031, 5, 1)).events]


def test_a_comment_after_a_stamp_time_does_not_stop_the_page() -> None:
    page = ("<html><head><title>Harbour walk</title></head><body><article><h1>Harbour walk</h1>"
            "<p class='meta'><time datetime='2031-04-28T07:19:00Z'>28 April 2031</time><!-- /date --> "
            "<span>by the desk</span></p>"
            "<p>The harbour society leads a guided walk on 14 May 2031 at 10:00 from the old lighthouse.</p>"
            "</article></body></html>")
    assert (dt.date(2031, 5, 14), 10) in [(s.date(), s.hour) for s in _events(page) if isinstance(s, dt.datetime)]


def test_a_comment_between_the_two_clocks_of_a_range() -> None:
    page = ("<html><head><title>Choir evening</title></head><body><article><h1>Choir evening</h1>"
            "<p>The town choir sings on 9 June 2031, "
            "<time datetime='2031-06-09T17:00:00Z'>7:00 PM</time><!-- start --> to "
            "<time datetime='2031-06-09T19:00:00Z'>9:00 PM</time>, in the market hall.</p>"
            "</article></body></html>")
    assert _events(page)
