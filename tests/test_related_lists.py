"""Lists of OTHER events beside an event's own page: headed as such, they are never the article.

Small pages in our own words, laid out as library and town sites lay out an event's page: the
event's fields (date, time, place) in a table, then a band of many cards headed "More events
at ..." or "Weitere Veranstaltungen". Each row says why; each has a twin that fails without the rule.
"""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from parsers import extract_articles
from parsers.html import html_article
from parsers.listing import meeting_list, with_list

_EVENT = ("<section id='a'><article><h1>Trustees' Quarterly Meeting</h1><table>"
          "<tr><th>Date</th><td>Thursday, March 6, 2031</td></tr>"
          "<tr><th>Time</th><td>4:00pm - 5:30pm</td></tr>"
          "<tr><th>Location</th><td>Riverside Branch</td></tr></table></article></section>")


def _cards(heading: str) -> str:
    days = ("March 8th", "March 9th", "March 11th", "March 12th", "March 14th", "March 15th", "March 18th",
            "March 19th")
    cards = "".join(f"<div class='card'><h3>Puppet club</h3><ul><li>Date: {d}</li><li>Time: 10:30am - 11:30am</li>"
                    "<li>Riverside Branch</li></ul></div>" for d in days)
    return f"<section id='b'><header><h2>{heading}</h2></header><div class='grid'>{cards}</div></section>"


def _page(heading: str) -> str:
    return f"<html><head><title>Trustees' Quarterly Meeting</title></head><body>{_EVENT}{_cards(heading)}</body></html>"


@pytest.mark.parametrize(("heading", "article_is_list", "why"), [
    ("More Events at Riverside", False, "cards headed 'More Events at ...' are other events beside the page's own"),
    ("Other events", False, "'Other events' heads a list of other pages' events"),
    ("Weitere Veranstaltungen", False, "the same heading in German"),
    ("Puppet club dates", True, "a list headed by what it lists, with many rows, still outweighs a lone event"),
])
def test_a_list_headed_as_other_events_is_not_the_article(heading: str, article_is_list: bool, why: str) -> None:
    root = lxml.html.document_fromstring(_page(heading))
    container = root.get_element_by_id("a")
    found = meeting_list(root)
    assert found is not None
    assert found[1] == 8
    assert (with_list(container, found) is not container) is article_is_list, why


def test_an_event_page_beside_more_events_gives_only_its_own_event() -> None:
    article = html_article(_page("More Events at Riverside").encode(), url="https://example.org/event/7", source="t")
    events = extract_articles([article], reference=dt.date(2031, 3, 1), default_zone="America/Detroit").events
    assert [(e.start.month, e.start.day, e.start.hour) for e in events] == [(3, 6, 16)]  # type: ignore[union-attr]
