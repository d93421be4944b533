"""A site that copies its home page's card into every page: og:title names the site ("Tidewater Sports, all the
football of Jamaica"), not the article, and shares no word with the page's <title>. The site names its country
there, and the page's unlabelled times are on that country's clock. A card that repeats the headline names no
site. Pages in our own words."""

from __future__ import annotations

import datetime as dt

import lxml.html

from parsers import extract_articles
from parsers.html import html_article
from parsers.pagemeta import publisher


def _page(card: str) -> bytes:
    return f"""<html><head><title>Lions stay top after the weekend</title>
<meta property="og:title" content="{card}"></head><body><article>
<h1>Lions stay top after the weekend</h1>
<p>The Lions won again on Sunday and stay top of the table with two rounds to go.</p>
<p>Next round, Saturday 14 June 2031:</p>
<p>Lions vs Harbour FC (5 pm) - Central Stadium</p>
</article></body></html>""".encode()


def _utc(card: str) -> list[str]:
    article = html_article(_page(card), url="https://example.com/lions-stay-top", source="t")
    found = extract_articles([article], reference=dt.date(2031, 6, 10), default_zone="Europe/Brussels").events
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%dT%H:%M}" for e in found if not e.all_day)


def test_the_site_card_names_the_country_whose_clock_the_times_keep() -> None:
    assert _utc("Tidewater Sports, all the football of Jamaica") == ["2031-06-14T22:00"]


def test_a_card_repeating_the_headline_names_no_site() -> None:
    root = lxml.html.document_fromstring(_page("Lions stay top after the weekend in Jamaica"))
    assert publisher(root) == ""
