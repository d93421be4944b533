"""Indonesian and Malay "telah" before a deed other than holding a gathering: an announcement, an invitation, an
agreement or a window opened ("telah diumumkan, yaitu pada 20 Maret", "Media telah diundang ke sidang media pada 20
Mac") tells of something done about a day still to come; only a gathering told held ("telah digelar", "telah
berlangsung") makes its sentence's day history (donedays). Texts of our own."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Pengumuman

Source: A provincial government

10 Maret 2030

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("Jadwal pelantikan telah diumumkan, yaitu pada 20 Maret 2030 di Istana Contoh.", ["2030-03-20"], "announced"),
    ("Media telah diundang ke sidang media pada 20 Mac 2030 pukul 10 pagi di Dewan Contoh.", ["2030-03-20 10:00"],
     "invited"),
    ("Tanggal pelantikan telah disepakati, yakni Jumat 20 Maret 2030 di gedung DPRD Contoh.", ["2030-03-20"],
     "agreed"),
    ("Rapat koordinasi telah digelar di aula kantor gubernur pada 9 Maret 2030.", [], "held: history"),
])
def test_a_deed_about_a_day_to_come(sentence: str, expected: list[str], why: str) -> None:
    assert listed(ITEM.format(sentence=sentence)) == expected, why
