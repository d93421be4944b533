"""A <title> and og:title that end with the site's name after a dash ("... gestalten - Bundesamt Österreich"), the
name's word starting with a capital beyond ASCII, on a page whose <h1> holds the day as a kicker before the headline
("<time>1. Februar 2031</time> Ministerin ..."): the headline is the declared title without the site's name, not the
heading with its day (which made an event of the page's stamp)."""

from __future__ import annotations

import lxml.html

from parsers.pagemeta import page_title

_HEADLINE = "Ministerin Huber: Mehr Geld für die Kinderbetreuung in den Gemeinden"


def _title(site: str) -> str:
    page = (f"<html><head><title>{_HEADLINE} - {site}</title>"
            f"<meta property='og:title' content='{_HEADLINE} - {site}'></head><body><main>"
            f"<h1><span class='supertitle'><time datetime='2031-02-01'>1. Februar 2031</time></span>"
            f"<span class='title'>{_HEADLINE}</span></h1><p>Die Ministerin stellte das Programm vor.</p>"
            "</main></body></html>")
    root = lxml.html.document_fromstring(page)
    return page_title(root, next(root.iter("main")), "http://127.0.0.1:8000/page.html")


def test_a_site_name_with_an_umlaut_is_cut_from_the_declared_title() -> None:
    assert _title("Bundesamt Österreich") == _HEADLINE


def test_an_ascii_site_name_is_cut_as_before() -> None:
    assert _title("Bundesamt Schweiz") == _HEADLINE
