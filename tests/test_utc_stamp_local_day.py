"""A page that declares its publication as an instant in UTC ("2027-03-10T01:20:00Z") was written on the day that
instant falls on at the site's own clock, where its country keeps one: an evening story of a daily in Buenos Aires
is stamped in UTC after midnight (pages-dev23 lanacion.com.ar: 'este martes' and 'el jueves' were counted from the
next day, and a past Tuesday became the next one). The site's country comes from the address it was read at, else
from the one the page names for itself. Pages in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.pagemeta import published_date

PAGE = """<html><head><title>Sesión especial</title>
<meta property="article:published_time" content="{instant}"/>
{canonical}
</head><body><article><h1>Sesión especial</h1><p>{byline}</p>
<p>El bloque pidió una sesión para el jueves a las 11.</p></article></body></html>"""

# (declared instant, address read at, the page's own address, byline, day, why)
ROWS = [
    ("2027-03-10T01:20:00.000Z", "https://www.diario-ejemplo.com.ar/politica/sesion", "", "9 de marzo de 2027",
     dt.date(2027, 3, 9), "an Argentine site: 22:20 on 9 March in Buenos Aires"),
    ("2027-03-10T01:20:00Z", "http://127.0.0.1:8000/copia.html",
     '<link rel="canonical" href="https://www.diario-ejemplo.com.ar/politica/sesion"/>', "9 de marzo de 2027",
     dt.date(2027, 3, 9), "a local copy: the page's own address names the country"),
    ("2027-03-09T23:40:00Z", "https://www.zeitung-beispiel.de/politik/sitzung", "", "10.03.2027",
     dt.date(2027, 3, 10), "a German site: 00:40 on 10 March in Berlin"),
    ("2027-03-10T01:20:00Z", "https://www.example.com/politics/session", "", "March 10, 2027",
     dt.date(2027, 3, 10), "a .com site names no country: the UTC day stays"),
]


@pytest.mark.parametrize(("instant", "url", "canonical", "byline", "day", "why"), ROWS)
def test_a_utc_stamp_is_read_on_the_sites_clock(instant: str, url: str, canonical: str, byline: str,
                                                 day: dt.date, why: str) -> None:
    page = PAGE.format(instant=instant, canonical=canonical, byline=byline)
    assert published_date(page, url) == day, why
