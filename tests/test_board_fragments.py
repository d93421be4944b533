"""A school board's meeting page as a bare fragment: its name in an ARIA heading, its day, then one line of the
time, the room and a street address with no ZIP code, set apart by box-drawing bars.

The heading names the page (no <h1>, no <title>), and the address's state code puts the time on that state's clock
rather than the configured one.
"""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from parsers import extract_articles
from parsers.html import html_article
from parsers.pagemeta import postal_place

_FRAGMENT = (
    "<div class='nav'><button title='Previous'><span>Previous</span></button><button title='Next'><span>Next</span>"
    "</button><button title='Share'><span>Share Menu</span></button></div>"
    "<div id='view'><div role='heading' aria-level='1' class='meeting-name'>Harbour Board Work Session</div>"
    "<div class='meeting-date'>Tuesday, March 4, 2031</div>"
    "<div class='meeting-description'>5:00 p.m. \u2502 District Office \u2502 410 S Birch Rd Maple Falls WA<br>"
    "<br>To follow the session from home, open the address below or press the Video button:<br>"
    "https://meet.example.org/j/5550100?pwd=harbour</div></div>"
)


def test_an_aria_heading_names_the_page() -> None:
    article = html_article(_FRAGMENT.encode(), url="https://example.org/board", source="t")
    assert article.title == "Harbour Board Work Session"


def test_a_street_address_without_zip_code_sets_the_clock() -> None:
    article = html_article(_FRAGMENT.encode(), url="https://example.org/board", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 20), default_zone="Europe/Brussels").events
    assert [(e.timezone, str(e.start)[:16]) for e in events] == [("America/Los_Angeles", "2031-03-04 17:00")]


@pytest.mark.parametrize(("foot", "town", "why"), [
    ("<p>5:00 p.m. \u2502 District Office \u2502 410 S Birch Rd Maple Falls WA</p>", "Maple Falls Washington State",
     "a part of a line set apart by box-drawing bars: a street, then the town and a state code; after a US "
     "street, WA is Washington State"),
    ("<div>7 pm | Grange Hall | 88 W Pine Ave Riverton KS</div>", "Riverton KS", "the same after a plain bar"),
    ("<p>We walked from 12 Quay Road to the river.</p>", "", "a street in a sentence closes no address"),
])
def test_a_street_closed_by_town_and_state_code(foot: str, town: str, why: str) -> None:
    page = f"<html><body><main>x</main><footer>{foot}</footer></body></html>"
    assert postal_place(lxml.html.document_fromstring(page)) == town, why
