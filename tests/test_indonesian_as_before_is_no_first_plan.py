"""Indonesian "seperti semula" (as before, back to normal) is no day first planned: "Jalan ... akan dibuka kembali
seperti semula pada Senin (17/3/2031) pukul 06.00 WIB" is the reopening's day; "Sidang semula direncanakan pada Jumat
..., namun dimajukan menjadi Kamis" still drops the Friday (replaced). Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import listed

ITEM = """Pengumuman

Source: Pemerintah Kota Contoh

10 Maret 2031

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Jalan Contoh akan dibuka kembali seperti semula pada Senin (17/3/2031) pukul 06.00 WIB.", ["2031-03-17 06:00"]),
    ("Layanan kantor pajak kembali normal seperti semula mulai Senin (17/3/2031).", ["2031-03-17"]),
    ("Sidang semula direncanakan pada Jumat (14/3/2031), namun dimajukan menjadi Kamis (13/3/2031).", ["2031-03-13"]),
])
def test_as_before_or_first_planned(sentence: str, expected: list[str]) -> None:
    assert listed(ITEM.format(sentence=sentence), dt.date(2031, 3, 1)) == expected
