"""A screening page gives its day with a weekday and no year ("Thu, 19 Sep 19:20") and its year only in the
footer's copyright line ("© 2031 ..."), which is cut from the body as furniture. Of the years in which the weekday
fits, the page's copyright year is the reader's (pages-p38, a cinema's page). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import lxml.html

from parsers import extract_articles
from parsers.html import copyright_year, html_article


def _starts(page: str) -> list[str]:
    article = html_article(page.encode(), url="https://example.org/s", source="t")
    events = extract_articles([article], reference=dt.date(2036, 12, 5), default_zone="Europe/London").events
    return sorted(f"{str(e.start)[:16]}" for e in events)


PAGE = ("<html><head><title>The Lighthouse Keeper plus Q&amp;A</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/whats-on'>What's On</a></nav>"
        "<main><h1>The Lighthouse Keeper plus Q&amp;A</h1><h2>Times &amp; Tickets</h2>"
        "<p>{day} 19:20</p><p>Showing in: Screen 2, Harbour Arts Centre, Whitby</p>"
        "<p>A documentary about the last keeper of the north light, with the director in conversation.</p></main>"
        "<footer><p>Harbour Arts Centre, 4 Quay Street, Whitby</p><p>{copyright}</p></footer></body></html>")


def test_the_copyright_year_settles_which_year_the_weekday_fits() -> None:
    # 19 September is a Friday in 2031 and in 2036 (the reference's year): the page's year is 2031
    assert _starts(PAGE.format(day="Fri, 19 Sep", copyright="© 2031 Harbour Arts Centre")) == ["2031-09-19 19:20"]


def test_without_a_copyright_line_the_nearest_year_stays() -> None:
    assert _starts(PAGE.format(day="Fri, 19 Sep", copyright="Registered charity 1234")) == ["2036-09-19 19:20"]


def test_a_copyright_year_the_weekday_does_not_fit_changes_nothing() -> None:
    assert _starts(PAGE.format(day="Fri, 19 Sep", copyright="© 2032 Harbour Arts Centre")) == ["2036-09-19 19:20"]


def test_the_last_year_of_a_range() -> None:
    root = lxml.html.document_fromstring("<html><body><p>Copyright © 2009-2013 City of Riverton</p></body></html>")
    assert copyright_year(root) == 2013
