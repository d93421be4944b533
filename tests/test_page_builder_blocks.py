"""Pages built with Elementor: every block, the article's heading and paragraphs too, is classed as a "widget"
("elementor-widget elementor-widget-text-editor", "elementor-widget-container", "elementor-widget__width-inherit").

A tourism board's event page showed it: read as sidebar widgets, every block was cut and the page gave no text at
all. The rest of a block's name still says what it is: "elementor-widget-nav-menu" is a menu and
"elementor-widget-share-buttons" a sharing block, both furniture. The pages are our own.
"""

from __future__ import annotations

import datetime as dt

import lxml.html

from parsers import extract_articles
from parsers.html import html_article
from parsers.mainpart import is_furniture


def _block(kind: str, inner: str, extra: str = "") -> str:
    return (f"<div class='elementor-element elementor-widget elementor-widget-{kind}{extra}'>"
            f"<div class='elementor-widget-container'>{inner}</div></div>")


_PAGE = ("<!DOCTYPE html><html><head><title>Lantern Walk - Visit Riverton</title></head><body>"
         "<div class='elementor elementor-1203'><div class='e-con-inner'>"
         + _block("nav-menu", "<ul><li><a href='/market'>Christmas Market, 6 December 2025</a></li></ul>")
         + _block("heading", "<h1 class='elementor-heading-title'>Lantern Walk</h1>")
         + _block("text-editor", "<p>Saturday, November 15, 2025, 6:00pm</p>")
         + _block("text-editor", "<p>Families carry paper lanterns along the river path from the old mill to the"
                                 " town hall, where the choir sings.</p>", " elementor-widget__width-inherit")
         + _block("share-buttons", "<a href='#'>Share on Facebook</a>")
         + "</div></div></body></html>")


def test_the_blocks_of_a_built_page_are_its_text() -> None:
    article = html_article(_PAGE.encode(), url="https://example.org/events/lantern-walk", source="t")
    assert "Families carry paper lanterns" in article.body
    events = extract_articles([article], reference=dt.date(2025, 10, 1), default_zone="Europe/London").events
    assert [str(e.start)[:16] for e in events] == ["2025-11-15 18:00"]


def test_a_built_menu_and_sharing_block_stay_furniture() -> None:
    root = lxml.html.fromstring(_PAGE)
    named = {e.get("class"): is_furniture(e) for e in root.iter("div") if "elementor-widget-" in (e.get("class") or "")
             and "container" not in (e.get("class") or "")}
    assert [v for k, v in named.items() if "nav-menu" in k] == [True]
    assert [v for k, v in named.items() if "share-buttons" in k] == [True]
    assert [v for k, v in named.items() if "text-editor" in k] == [False, False]
