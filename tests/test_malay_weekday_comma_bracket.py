"""The Indonesian press's weekday with its day and month in brackets, a comma between them: "pada Selasa, (28/5)",
"Kamis, (6/6)", read as "Selasa (28/5)" already was (the year the weekday's to settle). Seen in
world-hundredtwentyninth 11 (a city council's special plenary "direncanakan berlangsung pada Selasa, (28/5)" was not
read). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

TEXT = """Rapat paripurna DPRD

Source: DPRD Kota Contoh

Diterbitkan 3 Juni 2031

{sentence}
"""


@pytest.mark.parametrize(("sentence", "day"), [
    ("Rapat paripurna penetapan APBD dijadwalkan pada Selasa, (10/6) di gedung dewan.", "2031-06-10"),
    ("Pelantikan anggota dewan pengganti akan digelar Kamis, (5/6).", "2031-06-05"),
])
def test_a_weekday_with_a_comma_before_its_bracket_is_a_day(sentence: str, day: str) -> None:
    events = extract(TEXT.format(sentence=sentence), source="dprd", reference=dt.date(2031, 6, 3)).events
    assert [str(e.start) for e in events] == [day]
