"""Indonesian and Malay tell a deed done with "telah" (or "sudah") before a passive verb or "berlangsung": "Pada Rabu
(12/3/2030) ... telah digelar rapat persiapan", "Mesyuarat itu telah berlangsung pada 3 Mei" - the day of that
sentence is history, no event. A plan made ("telah dijadwalkan pada", "telah ditetapkan") and a sentence that tells
what is to come ("akan") keep their days (world-hundredthirtyeighth 1: a provincial office's preparatory meeting,
told as held, before the governor's visit to come). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Persiapan kunjungan Gubernur ke kabupaten

Source: A provincial government

12 Maret 2030

{sentence}

Gubernur dijadwalkan berkunjung ke Kabupaten Contoh pada 20 Maret 2030.
"""


@pytest.mark.parametrize(("sentence", "why"), [
    ("Pada Rabu (12/3/2030), di ruang rapat lantai 3 kantor gubernur, telah digelar rapat persiapan kunjungan.",
     "a meeting told as held, the day first"),
    ("Rapat koordinasi telah sukses dilaksanakan di aula kantor gubernur pada 11 Maret 2030.",
     "held successfully, the day after"),
    ("Mesyuarat penyelarasan sudah berlangsung di dewan negeri pada 11 Mac 2030.", "Malay, taken place"),
])
def test_a_deed_done_is_no_event(sentence: str, why: str) -> None:
    assert listed(ITEM.format(sentence=sentence)) == ["2030-03-20"], why


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("Rapat lanjutan telah dijadwalkan pada 15 Maret 2030 di aula kantor gubernur.",
     ["2030-03-15", "2030-03-20"], "a meeting scheduled is to come"),
    ("Rapat yang telah disepakati akan digelar pada 15 Maret 2030 di aula kantor gubernur.",
     ["2030-03-15", "2030-03-20"], "a sentence of what is to come"),
])
def test_plans_and_what_is_to_come_stay(sentence: str, expected: list[str], why: str) -> None:
    assert listed(ITEM.format(sentence=sentence)) == expected, why
