"""An event a page declares in schema.org JSON-LD: {"@type": "MusicEvent", "name": ..., "startDate":
"2015-10-31T19:30:00-0400", "location": {...}}.

A concert-listing site's event page showed it: its day stood on a line of its own ("Saturday 31 October 2015") and its
hour far below ("Doors open: 19:30"), and no event was read; its markup gives the start with its clock and offset.
A start with a time and an offset is the event's; a day alone says nothing the text does not, and an event the text
tells too stays one. The pages are our own.
"""

from __future__ import annotations

import datetime as dt
import json

from parsers import extract_articles
from parsers.html import html_article


def _page(text: str, markup: object) -> bytes:
    script = f"<script type='application/ld+json'>{json.dumps(markup)}</script>"
    return (f"<html><head><meta charset='utf-8'><title>Live at the Lantern</title>{script}</head>"
            f"<body><main><h1>Live at the Lantern</h1>{text}</main></body></html>").encode()


def _starts(page: bytes) -> list[dt.datetime | dt.date]:
    article = html_article(page, url="https://example.org/concerts/1", source="t")
    events = extract_articles([article], reference=dt.date(2031, 5, 1), default_zone="Europe/Brussels").events
    return sorted((e.start.astimezone(dt.UTC) if isinstance(e.start, dt.datetime) else e.start) for e in events)


_CONCERT = {"@context": "http://schema.org", "@type": "MusicEvent", "name": "The Blue Herons",
            "startDate": "2031-05-17T20:00:00-0500",
            "location": {"@type": "Place", "name": "The Lantern Room",
                         "address": {"addressLocality": "Austin", "addressRegion": "TX"}}}


def test_a_concert_card_read_from_its_markup() -> None:
    text = ("<p>Saturday 17 May 2031</p><p>The Lantern Room, Austin, TX, US</p><p>Line-up: The Blue Herons</p>"
            "<p>Venue type: Club (120 capacity)</p><p>Doors open: 20:00</p>")
    assert _starts(_page(text, [_CONCERT])) == [dt.datetime(2031, 5, 18, 1, tzinfo=dt.UTC)]


def test_a_day_alone_adds_nothing() -> None:
    markup = dict(_CONCERT, startDate="2031-05-17")
    assert _starts(_page("<p>Line-up: The Blue Herons</p><p>Tickets at the door.</p>", [markup])) == []


def test_an_event_the_text_tells_stays_one() -> None:
    text = ("<p>The Blue Herons play the Lantern Room in Austin, Texas, on Saturday, May 17, 2031, at 8 p.m.</p>"
            "<p>Tickets at the door.</p>")
    assert _starts(_page(text, [_CONCERT])) == [dt.datetime(2031, 5, 18, 1, tzinfo=dt.UTC)]
