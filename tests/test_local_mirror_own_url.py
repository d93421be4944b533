"""A page served from an address with no name (a local mirror, "http://127.0.0.1:8000/..."), as a saved page is when
it is read through a local server, links to the URL it names for itself (rel=canonical, og:url), and that URL's
country sets the clock of times that name no zone and no place: an Argentine daily's rally at 17:00 was on the
calendar's clock (found on a real page of pages-p27). Pages of our own, over real HTTP."""

from __future__ import annotations

import datetime as dt

import config as settings
from parsers import extract_articles
from sources import read_source

from .http_server import Server, http_server_fixture, unused_port_fixture  # noqa: F401 (found by name)

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _page(head: str) -> bytes:
    return (f"<html><head><title>Marcha</title>{head}</head><body><article><h1>Marcha a Tribunales</h1>"
            "<p>La marcha a Tribunales parte el jueves 11 de marzo de 2027 a las 17:00 desde la plaza.</p>"
            "</article></body></html>").encode()


def _read(server: Server, head: str) -> tuple[str, list[str]]:
    server.routes["/nota.html"] = (200, HTML, _page(head))
    source = settings.Source(name="diario", url=server.url("/nota.html"), path="", kind="html",
                             timezone="Europe/Brussels")
    read = read_source(source)
    events = extract_articles(read.articles, reference=dt.date(2027, 3, 1), default_zone="Europe/Brussels")
    return read.articles[0].url, [e.timezone for e in events.events]


def test_a_page_from_a_local_address_takes_its_own_url_and_country(http_server: Server) -> None:
    own = "https://www.diario.com.ar/nota/123-marcha"
    url, zones = _read(http_server, f'<link rel="canonical" href="{own}">')
    assert url == own
    assert zones == ["America/Argentina/Buenos_Aires"]


def test_og_url_serves_when_there_is_no_canonical_link(http_server: Server) -> None:
    own = "https://www.diario.com.ar/nota/123-marcha"
    assert _read(http_server, f'<meta property="og:url" content="{own}">')[0] == own


def test_a_page_that_names_no_url_keeps_the_address_it_came_from(http_server: Server) -> None:
    url, zones = _read(http_server, "")
    assert url == http_server.url("/nota.html")
    assert zones == ["Europe/Brussels"]
