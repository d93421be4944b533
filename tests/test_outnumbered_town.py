"""A place a page names once ("... our appeal for the clinics in Lima, Peru" in a charity banner) does not set the
clock of a listing whose entries name many towns of one other clock ("YORK: The Basement", "CARDIFF: Globe",
"Norwich Arts Centre, Norwich"): the times are the towns' (pages-p36: a ticket shop's listing of evening shows
across Britain was read on East Africa's clock, from a banner naming Nairobi). Towns of several clocks, or a place
named twice, leave the page's place as it was. Pages in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

BANNER = "<div class='banner'><p>This winter we support the clinics in {place} with every ticket sold.</p></div>"


def _entry(town: str, venue: str, act: str, when: str) -> str:
    return f"<div class='row'><strong>{act}</strong><p>{town}: {venue}</p><p>{when}</p><p>£6.00</p></div>"


def _zones(banner_place: str, rows: list[tuple[str, str, str, str]]) -> list[str]:
    body = BANNER.format(place=banner_place) + "<h2>Search results</h2>" + "".join(_entry(*row) for row in rows)
    page = f"<html><head><title>Tickets - search results</title></head><body><main>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://tickets.example.com/search", source="t")
    events = extract_articles([article], reference=dt.date(2033, 11, 1), default_zone="Europe/Brussels").events
    return sorted({e.timezone for e in events if not e.all_day})


BRITISH = [("YORK", "The Basement", "THE LANTERN SINGERS", "Wed 16th Nov, 2033, 7.30pm"),
           ("CARDIFF", "Globe", "MIDNIGHT ORCHARD", "Wed 16th Nov, 2033, 8pm"),
           ("NORWICH", "Arts Centre", "PAPER BOATS", "Wed 16th Nov, 2033, 7.45pm"),
           ("LEEDS", "Brudenell", "SLOW RIVER", "Wed 16th Nov, 2033, 9pm")]


def test_many_towns_of_one_clock_outweigh_a_banner_place() -> None:
    assert _zones("Lima, Peru", BRITISH) == ["Europe/London"]


def test_towns_of_several_clocks_leave_the_page_place() -> None:
    mixed = [("YORK", "The Basement", "THE LANTERN SINGERS", "Wed 16th Nov, 2033, 7.30pm"),
             ("BERLIN", "Lido", "MIDNIGHT ORCHARD", "Wed 16th Nov, 2033, 8pm"),
             ("HELSINKI", "Tavastia", "PAPER BOATS", "Wed 16th Nov, 2033, 7.45pm")]
    assert _zones("Lima, Peru", mixed) == ["America/Lima"]


def test_a_place_named_twice_keeps_its_clock() -> None:
    assert _zones("Lima, Peru, and the hospital in Lima", BRITISH) == ["America/Lima"]
