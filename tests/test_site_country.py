"""A story that names no place keeps the clock of the country its site's domain names ("news.example.com.py"),
when that country keeps one clock. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import article_events
from parsers.sitecountry import site_country

BODY = "Volunteers will clean the riverside this Saturday 7 May 2031 from 6:00 on the main avenue."


def _starts(url: str, body: str = BODY) -> list[str]:
    article = Article(source="t", title="River clean-up on Saturday", body=body, url=url,
                      published=dt.date(2031, 5, 6))
    return [f"{e.start:%Y-%m-%d %H:%M} {e.timezone}" for e in article_events(article, dt.date(2031, 5, 6),
                                                                             "Europe/Brussels")]


@pytest.mark.parametrize(("url", "country", "why"), [
    ("https://www.daily.example.com.py/news/1", "PY", "Paraguay: one clock"),
    ("https://local.example.co.uk/a", "GB", "'.uk' is the United Kingdom's domain, GB its code"),
    ("https://library.example.ca/e", None, "Canada keeps six clocks: its domain says nothing of the hour"),
    ("https://startup.example.io/", None, "a code sold as a brand"),
    ("http://127.0.0.1:8000/page", None, "an address of figures"),
])
def test_the_country_of_a_sites_domain(url: str, country: str | None, why: str) -> None:
    place = site_country(url)
    assert (place.country if place else None) == country, why


def test_a_story_naming_no_place_keeps_its_sites_clock() -> None:
    assert _starts("https://www.daily.example.com.py/news/1") == ["2031-05-07 06:00 America/Asuncion"]
    assert _starts("https://www.daily.example.com/news/1") == ["2031-05-07 06:00 Europe/Brussels"], \
        "no country: the calendar's"


def test_a_place_the_story_names_outranks_the_site() -> None:
    body = BODY.replace("on the main avenue", "on the main avenue in Lisbon")
    assert _starts("https://www.daily.example.com.py/news/1", body) == ["2031-05-07 06:00 Europe/Lisbon"]
