"""A flight's or a trip's length in Indonesian and Malay, "terbang kurang lebih 5 jam 10 menit" (issue #10,
"Extra events"): "jam" is the word for o'clock before a clock ("jam 10.00") and for hours after a number; "N jam M
menit" is a length, no clock time. Seen in world-sixtyfifth (Indonesia's presidential press bureau: a flight of
"5 jam 10 menit" became an event at 10:00 WIT); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _clocks(text: str) -> list[tuple[int, int]]:
    return [(e.start.hour, e.start.minute) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_a_governors_flight() -> None:
    text = ("Kunjungan kerja Gubernur ke Labuan Bajo\n\nSource: Pemerintah Provinsi Nusa Tenggara Timur\n\n"
            "Senin (14/7/2025), Gubernur bertolak dari Bandar Udara El Tari, Kupang, pukul 08.00 WITA. Setelah "
            "terbang kurang lebih 1 jam 15 menit, rombongan tiba di Labuan Bajo dan langsung meresmikan pasar ikan.\n")
    assert _clocks(text) == [(8, 0)]


def test_a_ministers_drive() -> None:
    text = ("Kunjungan Menteri ke Garut\n\nSource: Kementerian Pertanian\n\nRabu (20/8/2025), Menteri berangkat "
            "dari Jakarta pukul 07.00 WIB dan menempuh perjalanan darat sekitar 3 jam 20 menit menuju Garut untuk "
            "meninjau panen raya.\n")
    assert _clocks(text) == [(7, 0)]


def test_jam_before_a_clock_is_still_a_clock() -> None:
    text = ("Rapat koordinasi daerah\n\nSource: Pemerintah Kota Bogor\n\nRapat koordinasi digelar Kamis (21/8/2025) "
            "jam 10.00 WIB di Balai Kota Bogor.\n")
    assert _clocks(text) == [(10, 0)]


def test_jam_after_a_date_is_still_a_clock() -> None:
    """The figure before "jam" is the date's year or day, not a length's hours: "7 Juni 2025 jam 9" is 9 o'clock."""
    text = ("Rapat koordinasi daerah\n\nSource: Pemerintah Kota Bogor\n\nRapat koordinasi digelar pada Sabtu, 7 Juni "
            "2025 jam 9 di Balai Kota Bogor.\n")
    assert _clocks(text) == [(9, 0)]
