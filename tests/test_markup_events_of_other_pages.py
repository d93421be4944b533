"""A news story's sidebar list of "Upcoming Events" (a calendar plugin's widget) declares its events in the story
page's JSON-LD, each with the address of its own page. The widget is cut as furniture; its markup made an event of
each entry anyway. An event whose address is not the page's own (canonical or og:url) and whose name the article does
not hold is another page's. Seen in p59 (kiow.com: a radio station's news story). The pages are ours."""

from __future__ import annotations

import datetime as dt
import json

from parsers import extract_articles
from parsers.html import html_article

_STORY = ("<p>County auditors say early ballots are coming back slowly this autumn. Clerks in the two county "
          "courthouses report long lines for in-person voting, and ask voters to bring an identification card and a "
          "proof of residence.</p><p>Election officials encourage everyone to vote.</p>")


def _page(own: str | None, markup: object, text: str = _STORY) -> bytes:
    script = f"<script type='application/ld+json'>{json.dumps(markup)}</script>"
    link = f"<link rel='canonical' href='{own}'>" if own else ""
    return (f"<html><head><meta charset='utf-8'><title>Ballots slow to return</title>{link}{script}</head>"
            f"<body><main><article><h1>Ballots slow to return</h1>{text}</article></main></body></html>").encode()


def _names(page: bytes) -> list[str]:
    article = html_article(page, url="http://127.0.0.1/story", source="t")
    return [e.summary for e in extract_articles([article], reference=dt.date(2031, 10, 1),
                                                default_zone="America/Chicago").events]


def _event(name: str, url: str) -> dict[str, object]:
    return {"@context": "http://schema.org", "@type": "Event", "name": name, "url": url,
            "startDate": "2031-10-31T17:00:00-05:00"}


_WIDGET = [_event("Harvest Pancake Breakfast", "https://radio.example/calendar/harvest-pancake-breakfast/"),
           _event("Library Book Swap", "https://radio.example/calendar/library-book-swap/")]


def test_a_sidebar_widgets_events_are_not_the_storys() -> None:
    assert _names(_page("https://www.radio.example/2031/10/26/ballots-slow/", _WIDGET)) == []


def test_the_pages_own_event_is_kept() -> None:
    own = "https://radio.example/calendar/harvest-pancake-breakfast/"
    assert any("Pancake" in n for n in _names(_page(own, _WIDGET[:1], "<p>Line-up and menu below.</p>")))


def test_an_event_the_text_names_is_kept() -> None:
    text = _STORY + "<p>Harvest Pancake Breakfast at the fire hall.</p>"
    names = _names(_page("https://radio.example/2031/10/26/ballots-slow/", _WIDGET[:1], text))
    assert any("Pancake" in n for n in names)


def test_a_page_naming_no_address_keeps_its_events() -> None:
    assert any("Pancake" in n for n in _names(_page(None, _WIDGET[:1])))
