"""A page whose address holds a day (".../2027/04/09/...", drafted then) and whose own markup stamps the next one, in
its JSON-LD "datePublished" or a <time datetime> of its byline, came out on the stamped day: that is the page's own
word, the address's day only when the story was started. Seen in pages-p53 (libero.pe: a live match report at
".../2022/05/06/..." stamped 7 May, its "11:30 horas" read on the 6th). Pages in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.pagemeta import published_date

PAGE = """<html><head><title>Final de la copa en vivo</title>
<link rel="canonical" href="https://www.diario-ejemplo.pe/futbol/{path}/final-de-la-copa-en-vivo"/>
{linked}
</head><body><article><h1>Final de la copa en vivo</h1><p>{byline}</p>
<p>El partido empieza a las 11:30 horas de Perú.</p></article></body></html>"""
_LINKED = ('<script type="application/ld+json">{"@type":"NewsArticle",'
           '"datePublished":"2027-04-10T13:40:00-05:00"}</script>')
_TIME = '<time datetime="2027-04-10 13:40:00">sábado 10 de abril del 2027</time>'

# (the address's dated path, JSON-LD, byline, day, why)
ROWS = [
    ("2027/04/09", _LINKED, _TIME, dt.date(2027, 4, 10), "JSON-LD and <time> both say the 10th"),
    ("2027/04/09", "", _TIME, dt.date(2027, 4, 10), "the byline's <time> alone"),
    ("2027/04/09", _LINKED, "", dt.date(2027, 4, 10), "the JSON-LD alone"),
]


@pytest.mark.parametrize(("path", "linked", "byline", "day", "why"), ROWS)
def test_the_pages_stamp_outranks_its_addresss_day(path: str, linked: str, byline: str, day: dt.date,
                                                     why: str) -> None:
    page = PAGE.format(path=path, linked=linked, byline=byline)
    assert published_date(page, "http://127.0.0.1:8000/copia.html") == day, why


def test_an_address_with_no_day_keeps_the_stamp_read() -> None:
    page = PAGE.format(path="2027/04", linked=_LINKED, byline=_TIME)
    assert published_date(page, "http://127.0.0.1:8000/copia.html") == dt.date(2027, 4, 10)
