"""The Indonesian press's day without a year, "Selasa (4/3)": a weekday and, in brackets, its day and month, day
first (issue #10, "Year"). With a year ("Kamis (21/8/2025)") the numeric grammar reads it; without one, the day is
the weekday's to place in a year (the nearest year in which that day falls on that weekday, or the stamp's). Seen in
world-seventyninth (a West Java governor's day in Karawang, "Selasa (4/3)", whose six timed rows had no day); the
texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _starts(text: str) -> list[dt.datetime]:
    return [e.start for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


def test_a_mayors_morning_with_no_year() -> None:
    """12 June is a Wednesday in 2024 (and in 2030, further from the reference date)."""
    text = ("Wali Kota meresmikan pasar\n\nSource: Pemerintah Kota Bogor\n\nBOGOR – Rabu (12/6), Wali Kota Bogor "
            "dijadwalkan meresmikan Pasar Gunung Batu. Acara dimulai pukul 09.30 WIB, lalu pukul 13.00 WIB wali "
            "kota meninjau posyandu di Kelurahan Loji.\n")
    assert [(s.date(), s.hour, s.minute) for s in _starts(text)] == [(dt.date(2024, 6, 12), 9, 30),
                                                                    (dt.date(2024, 6, 12), 13, 0)]


def test_the_stamp_gives_the_year_the_weekday_fits() -> None:
    text = ("Bupati ke Sumba Timur\n\nSource: Pemerintah Provinsi Nusa Tenggara Timur\n\n3 Oktober 2023\n\n"
            "WAINGAPU – Bupati akan membuka festival tenun ikat pada Sabtu (7/10) pukul 16.00 WITA di Lapangan "
            "Matawai.\n")
    assert [(s.date(), s.hour) for s in _starts(text)] == [(dt.date(2023, 10, 7), 16)]


def test_a_day_month_in_brackets_after_a_saying_is_the_day_of_the_saying() -> None:
    """"kata ..., Kamis (3/7)": when it was said, no event, as with its year."""
    text = ("Pasar murah\n\nSource: Pemerintah Kota Bogor\n\n"
            "Pasar murah digelar lagi bulan depan, kata Kepala Dinas Perdagangan Ani Lestari, Kamis (3/7).\n")
    assert _starts(text) == []
    assert extract(text, source="test", reference=_REFERENCE).events == []


def test_the_datelines_day_told_again_in_brackets_is_no_new_day() -> None:
    """"Bogor, 5 Juni 2025 — ..., Kamis (5/6), ...": the bracket repeats the dateline's day; a report of that day
    publishes nothing, as before."""
    text = ("Wali Kota bertemu wartawan\n\nSource: Pemerintah Kota Bogor\n\n"
            "Bogor, 5 Juni 2025 — Di Balai Kota, Kamis (5/6), Wali Kota Bogor mengadakan temu media dengan para "
            "wartawan. Pertemuan itu dipakai untuk memaparkan program kerja.\n")
    assert extract(text, source="test", reference=_REFERENCE).events == []
