"""Malay and Indonesian dates and times (world-eighteenth 11): "4 Januari 2026", "esok" (tomorrow) counted from
the item's date, "11.30 pagi", "pukul 8 malam", "pukul 14.00 WIB"; "hari ini" after a verb of saying is the day
it was said. Items in our own words."""

from __future__ import annotations

import pytest

from parsers.lang_malay import malay_mentions

from .conftest import listed


@pytest.mark.parametrize(("text", "kind", "value", "why"), [
    ("pada 4 Januari 2026", "day", (2026, 1, 4), "a Malay month"),
    ("Rabu, 17 Ogos", "day", (None, 8, 17), "a weekday and a month without a year"),
    ("tanggal 3 Maret 2025", "day", (2025, 3, 3), "Indonesian March"),
    ("pada 11.30 pagi", "time", (11, 30), "morning"),
    ("pukul 8 malam", "time", (20, 0), "evening"),
    ("pukul 3 petang", "time", (15, 0), "afternoon"),
    ("pukul 14.00 WIB", "time", (14, 0), "a 24-hour clock with its zone"),
    ("12 tengah hari", "time", (12, 0), "noon"),
])
def test_forms(text: str, kind: str, value: tuple[int | None, ...], why: str) -> None:
    found = [m for m in malay_mentions(text) if m.kind == kind]
    assert found, why
    got = (found[0].first.year, found[0].first.month, found[0].first.day) if kind == "day" and found[0].first \
        else (found[0].time.hour, found[0].time.minute) if found[0].time else None
    assert got == value, why


@pytest.mark.parametrize(("text", "why"), [
    ("pukul 5", "no part of the day: morning or evening is not said"),
    ("sebanyak 2026 orang", "a number, no clock"),
    ("The water level rose by 11.30 centimetres.", "an English text is not read"),
])
def test_no_time(text: str, why: str) -> None:
    assert [m for m in malay_mentions(text) if m.kind == "time"] == [], why


ITEM = """Menteri akan lancar pelan baharu esok

Source: A prime minister's department

7 Mac 2025

PUTRAJAYA: Menteri Besar akan melancarkan pelan pengangkutan baharu {when} di Dewan Perdana, kata jurucakapnya
ketika ditemui di sini hari ini.
"""


@pytest.mark.parametrize(("when", "expected", "why"), [
    ("esok pada 10.30 pagi", ["2025-03-08 10:30"], "tomorrow, counted from the item's date; not 'hari ini'"),
    ("pada hari Isnin, 10 Mac 2025, pukul 3 petang", ["2025-03-10 15:00"], "a full date and an afternoon time"),
])
def test_malay_item(when: str, expected: list[str], why: str) -> None:
    assert listed(ITEM.format(when=when)) == expected, why


TWO = """PM to speak tomorrow

Source: A prime minister's department

9 Mac 2025

"Esok Isnin, Perdana Menteri mempengerusikan mesyuarat khas Jemaah Menteri tentang harga barang.

"Selepas itu, pada 3 petang, beliau menyampaikan {what} kepada kakitangan kementerian," katanya.
"""


@pytest.mark.parametrize(("what", "why"), [
    ("amanat", "a speech (amanat) is not the meeting (mesyuarat) of that day"),
    ("ucapan", "nor is a speech called ucapan"),
])
def test_a_meeting_and_a_speech_of_one_day_stay_two(what: str, why: str) -> None:
    assert listed(TWO.format(what=what)) == ["2025-03-10", "2025-03-10 15:00"], why
