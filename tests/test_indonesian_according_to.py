"""After Indonesian "menurut" (according to) the comma closes the source and what it says follows: "Menurut panitia,
seluruh peserta wajib hadir di Monas, Sabtu (11/2/2017) pukul 06.00" dates the gathering, not a saying; "Menurut
Kepala Dinas Ani Lestari, Kamis (3/7)" still dates the saying. Texts in our own words (review of s51-w143)."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _starts(sentence: str) -> list[str]:
    text = f"Pengumuman\n\nJakarta, 8 Februari 2017\n\n{sentence}\n"
    return [e.start.strftime("%Y-%m-%d %H:%M") for e in extract(text, source="t", reference=dt.date(2017, 2, 1)).events]


def test_what_the_source_says_keeps_its_day() -> None:
    sentence = "Menurut panitia, seluruh peserta lomba lari wajib hadir di Monas, Sabtu (11/2/2017) pukul 06.00 WIB."
    assert _starts(sentence) == ["2017-02-11 06:00"]
