"""An event site's box of recommendations beside the page's own event ("Similar artists with upcoming concerts",
"Ähnliche Veranstaltungen", "Événements similaires"): other acts' dates, not the page's. A concert page put another
band's night in another town between its own date and its doors time; the box is cut like a "Related" list, and a
heading that only uses the word ("Similar to last year, the fair opens at noon") keeps its block. Markup ours."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from parsers import extract_articles
from parsers.html import html_article
from parsers.pagecuts import cut_related

STORY = "<p>" + "The quartet plays songs from its second album, with a string trio from the conservatory. " * 6 + "</p>"
BOX = ("<div class='box'><h2>{heading}</h2><ul><li><a href='/c/1'>Pale Orchard</a> Sat 14 Apr 2032 "
       "Blue Barn, Dayton, OH, US</li><li><a href='/c/2'>Kettle Lake</a> Fri 20 Apr 2032 Hall 9, Leeds, UK</li>"
       "</ul></div>")

ROWS = [
    ("Similar artists with upcoming concerts", True, "an event site's recommendations"),
    ("Ähnliche Veranstaltungen", True, "German"),
    ("Événements similaires", True, "French"),
    ("Eventos similares", True, "Spanish"),
    ("Similar to last year, the fair opens at noon", False, "a sentence that starts with the word, no box label"),
]


@pytest.mark.parametrize(("heading", "cut", "why"), ROWS, ids=[row[2] for row in ROWS])
def test_a_box_of_similar_acts_is_cut(heading: str, cut: bool, why: str) -> None:
    root = lxml.html.fragment_fromstring(f"<div>{STORY}{BOX.format(heading=heading)}</div>")
    cut_related(root)
    assert ("Pale Orchard" not in root.text_content()) == cut, why
    assert "quartet" in root.text_content()


PAGE = """<html><head><title>The Larkspur Quartet, Corn Exchange, 3 Mar 2032</title></head><body>
<div class='event'><h1>The Larkspur Quartet</h1><p>Wednesday 03 March 2032</p><p>Corn Exchange, Ipswich, UK</p>
<div class='box'><h2>Similar artists with upcoming concerts</h2><p><a href='/c/9'>Pale Orchard</a></p>
<p>Sat 14 Apr 2032</p><p>Blue Barn</p><p>Dayton, OH, US</p></div>
<h3>Additional details</h3><p>Doors open: 19:30</p></div></body></html>"""


def test_the_other_acts_night_is_no_event_of_the_page() -> None:
    article = html_article(PAGE.encode(), url="https://tickets.example.org/c/5", source="test")
    events = extract_articles([article], reference=dt.date(2032, 2, 1), default_zone="Europe/London").events
    assert "2032-04-14" not in [e.start.strftime("%Y-%m-%d") for e in events]
