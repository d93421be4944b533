"""A day line at the foot of one card ("2031 depot season re-opens" / "Sunday, May 4, 2031") followed by the heading
of the page's next part ("Upcoming Events") does not make that heading the day's entry: a listing's heading names no
happening (pages-p32: a waste authority's events page put an event called "Upcoming Events" on a season's opening
day). The cards under the heading keep their own days. Pages in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

PAGE = """<html><head><title>Events - Riverton Recycling</title></head><body><main><h1>Events</h1>
<article><h3>Battery Collection at the Depot</h3>
<p>Residents can bring used batteries to the depot during the season.</p>
<p>Beginning May 4, 2031 residents will be able to drop off batteries at the depot.</p>
<h4>For more information</h4><p>2031 depot season re-opens</p><p>Sunday, May 4, 2031</p></article>
<h2>Upcoming Events</h2>
<article><h3>Paper Shredding Day</h3><p>Saturday June 7, 2031, 9 AM - Noon</p><p>Free shredding at the library.</p>
</article></main></body></html>"""


def _events() -> list[tuple[str, str]]:
    article = html_article(PAGE.encode(), url="https://example.org/events", source="t")
    events = extract_articles([article], reference=dt.date(2031, 5, 1), default_zone="America/New_York").events
    return [(e.start.strftime("%Y-%m-%d %H:%M") if not e.all_day else str(e.start)[:10], e.summary) for e in events]


def test_the_listing_heading_is_no_entry() -> None:
    assert not [summary for _, summary in _events() if "Upcoming" in summary]


def test_the_cards_keep_their_days() -> None:
    days = {when for when, _ in _events()}
    assert {"2031-05-04", "2031-06-07 09:00"} <= days
