"""A university's page that names no place but the university itself, in its banner: "The University of Otago"
over a list of seminars. The university sits in the town or region it is named for, and the seminars' times are
on that clock, not the calendar's. Pages in our own words and layout."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

_PAGE = """<html><head><title>Seminars | School of Computing</title></head><body>
<div id="page"><div id="site-name"><h1>{banner}</h1><h2>School of Computing</h2></div>
<div id="content"><h3>Upcoming Seminars</h3>
<ul><li>Tuesday 12 March 2030, 12:00 – Proof assistants in teaching, Room 1.10</li>
<li>Thursday 14 March 2030, 16:00 – Compilers for small chips, Room 1.12</li></ul></div></div></body></html>"""


def _zones(banner: str) -> set[str]:
    article = html_article(_PAGE.format(banner=banner).encode(), url="https://example.edu/seminars", source="t")
    events = extract_articles([article], reference=dt.date(2030, 3, 1), default_zone="Europe/Brussels").events
    return {e.timezone for e in events}


@pytest.mark.parametrize(("banner", "zone"), [("The University of Otago", "Pacific/Auckland"),
                                              ("University of Queensland", "Australia/Brisbane"),
                                              ("Université de Montréal", "America/Toronto")])
def test_the_university_named_for_its_seat_sets_the_clock(banner: str, zone: str) -> None:
    assert _zones(banner) == {zone}


def test_a_banner_without_a_university_leaves_the_calendar_clock() -> None:
    assert _zones("Society for Small Chips") == {"Europe/Brussels"}


def test_a_university_named_for_a_name_of_several_places_says_nothing() -> None:
    # (Washington: a state and a capital three hours apart)
    assert _zones("University of Washington") == {"Europe/Brussels"}
