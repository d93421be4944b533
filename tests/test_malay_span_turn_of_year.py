"""A Malay or Indonesian span whose first day has its own month but lies across the turn of a year, "30 Disember
hingga 3 Januari": read as its two days, as mentions.ordered_span reads "from 28 December to 2 January", not lost
(the span's match took both days from the form of one day). A first day with its own year, "31 Mac 2030 hingga 2
April 2030", is a span as "31 Mac hingga 2 April 2030" is. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.lang_malay import malay_mentions

from .conftest import listed


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in malay_mentions(text)]


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("Cuti sekolah dari 20 Disember hingga 2 Januari.", [("day", "20 Disember"), ("day", "2 Januari")],
     "across the turn of a year, no year: two days"),
    ("Pameran pada 30 Disember 2030 hingga 3 Januari 2031.", [("day", "30 Disember 2030"), ("day", "3 Januari 2031")],
     "each day with its year, two years: two days"),
    ("Program berlangsung 25 Ogos - 2 Ogos 2030.", [("day", "25 Ogos"), ("day", "2 Ogos 2030")],
     "days out of order: two days, as before the span took a first month"),
    ("Pameran pada 31 Mac 2030 hingga 2 April 2030.", [("span", "pada 31 Mac 2030 hingga 2 April 2030")],
     "the first day's own year, the same: one span"),
])
def test_span_or_its_days(text: str, expected: list[tuple[str, str]], why: str) -> None:
    assert _read(text) == expected, why


ITEM = """Pameran buku akhir tahun

Source: A city council

1 Disember 2030

Pameran buku akan diadakan dari 30 Disember hingga 3 Januari di Dewan Bandaraya Contoh.
"""


def test_both_days_of_a_span_across_the_year_stay() -> None:
    assert listed(ITEM, dt.date(2030, 11, 20)) == ["2030-12-30", "2031-01-03"]
