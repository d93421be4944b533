"""A page served from an address with no name ("http://127.0.0.1:8000/...") or read from a file, that names no URL for
itself (no canonical link, no og:url), is the site its links all point at when five or more absolute links go to one
host: the piece of a city's meetings list that a calendar widget sends, whose meetings say no town, keeps the city's
clock that its host spells ("www.<town><state>.gov"). A page whose links go to several hosts, or to too few, keeps the
address it came from. Pages of our own, over real HTTP."""

from __future__ import annotations

import datetime as dt

import config as settings
from parsers import extract_articles
from sources import own_url, read_source

from .http_server import Server, http_server_fixture, unused_port_fixture  # noqa: F401 (found by name)

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _rows(hosts: list[str]) -> str:
    return "".join(f"<li><a href='https://{h}/agendas/{n}.pdf'>Agenda {n}</a></li>" for n, h in enumerate(hosts))


def _fragment(hosts: list[str]) -> bytes:
    return ("<div class='meetings'><h3>Planning Commission Meeting</h3><p>4/21/2031 6:00 PM - 8:00 PM</p>"
            f"<ul>{_rows(hosts)}</ul></div>").encode()


def test_five_links_to_one_host_name_the_site() -> None:
    assert own_url(_fragment(["www.riverbendoh.gov"] * 5)) == "https://www.riverbendoh.gov/"


def test_links_to_several_hosts_or_too_few_name_none() -> None:
    assert own_url(_fragment(["www.riverbendoh.gov"] * 4 + ["www.youtube.com"])) == ""
    assert own_url(_fragment(["www.riverbendoh.gov"] * 4)) == ""


def test_a_fragment_of_a_citys_list_keeps_the_citys_clock(http_server: Server) -> None:
    http_server.routes["/meetings.html"] = (200, HTML, _fragment(["www.sacramentoca.gov"] * 6))
    source = settings.Source(name="city", url=http_server.url("/meetings.html"), path="", kind="html",
                             timezone="Europe/Brussels")
    read = read_source(source)
    events = extract_articles(read.articles, reference=dt.date(2031, 4, 1), default_zone="Europe/Brussels").events
    assert [e.timezone for e in events] == ["America/Los_Angeles"]


def test_links_to_a_ticketing_or_video_host_name_none() -> None:
    # (the host of many sites' pages says nothing of whose page links to it)
    assert own_url(_fragment(["www.eventbrite.co.uk"] * 5)) == ""
    assert own_url(_fragment(["www.youtube.com"] * 6)) == ""
