"""Filipino (Tagalog) dates and clocks: "sa Martes, ika-5 ng Marso 2024, alas 4:15 ng hapon", "alas-diyes ng
umaga", "3:00 n.h.", "Marso 5-7, 2024", spans with "hanggang", "bukas" (tomorrow). A Philippine city's notice in
Filipino had given no event (session 43's w110 helper). A day told as gone by ("nitong Lunes") is none; a Spanish
text, which shares the weekdays, is read as before. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions
from parsers.lang_tagalog import tagalog_mentions

_REFERENCE = dt.date(2024, 3, 1)


def _starts(body: str) -> list[str]:
    text = f"Paunawa ng Lungsod\n\nSource: Pamahalaang Lungsod, Manila\n\n{body}\n"
    return [f"{e.start:%m-%d %H:%M} {e.timezone}" if isinstance(e.start, dt.datetime) else f"{e.start:%m-%d}"
            for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize(("said", "start"), [
    ("sa Martes, ika-5 ng Marso 2024, alas 4:15 ng hapon", "03-05 16:15"),
    ("sa ika-5 ng Marso 2024, alas-diyes ng umaga", "03-05 10:00"),
    ("sa Marso 5, 2024, alas-otso y medya ng gabi", "03-05 20:30"),
    ("sa araw ng Martes, ika-5 ng Marso, 3:00 n.h.", "03-05 15:00"),
    ("sa ika-5 ng Marso 2024, ika-10 ng umaga", "03-05 10:00"),
])
def test_a_day_and_its_clock(said: str, start: str) -> None:
    assert _starts(f"Gaganapin ang pulong ng konseho {said} sa bulwagan ng lungsod.") == [f"{start} Asia/Manila"]


def test_tomorrow_from_the_dateline() -> None:
    body = "Maynila, ika-4 ng Marso 2024 — Magsisimula bukas ang pagdinig ng komite, alas-9 ng umaga."
    assert _starts(body) == ["03-05 09:00 Asia/Manila"]


def test_a_clock_range_takes_the_part_of_the_day_it_fits() -> None:
    times = [(m.time, m.until) for m in find_mentions("ang pulong ay alas-9 hanggang alas-11 ng umaga")
             if m.kind == "time"]
    assert times == [(dt.time(9), dt.time(11))]
    times = [(m.time, m.until) for m in find_mentions("ang pulong ay alas-otso y medya hanggang alas-12 ng tanghali")
             if m.kind == "time"]
    assert times == [(dt.time(8, 30), dt.time(12))]


@pytest.mark.parametrize("said", ["ika-5 hanggang ika-7 ng Marso 2024", "Marso 5-7, 2024"])
def test_a_span_of_days(said: str) -> None:
    spans = [(m.first.day, m.last.day) for m in find_mentions(f"ang pagsasanay ng mga guro ay {said}")
             if m.kind == "span" and m.first and m.last]
    assert spans == [(5, 7)]


def test_a_day_gone_by_is_no_event() -> None:
    assert _starts("Nitong Lunes, ika-4 ng Marso, nagpulong ang mga opisyal ng lungsod.") == []


def test_an_hour_alone_says_no_part_of_the_day() -> None:
    assert _starts("Gaganapin ang pulong sa ika-5 ng Marso 2024, alas-4 sa bulwagan ng lungsod.") == ["03-05"]


def test_a_spanish_text_is_left_to_the_spanish_reader() -> None:
    # (the Filipino reader's gate asks for a word of Filipino, "ng", "ang", "mga": Spanish has none)
    said = "La reunión será el martes 5 de mayo a las 10:00 horas."
    assert tagalog_mentions(said) == []
    assert [(m.kind, m.text) for m in find_mentions(said)] == [("day", "el martes 5 de mayo"),
                                                                ("time", "a las 10:00 horas")]


@pytest.mark.parametrize("said", [
    "Bukas na sa publiko ang bagong galeriya ng museo.",  # (now open to the public)
    "Ang pagpaparehistro ay bukas hanggang Biyernes.",  # (registration is open until Friday)
])
def test_bukas_that_says_open_is_no_tomorrow(said: str) -> None:
    body = f"Maynila, ika-4 ng Marso 2024 — {said} Magdaraos ng pulong ang museo alas-10 ng umaga sa bulwagan."
    assert _starts(body) == ["03-04 10:00 Asia/Manila"]


def test_linggo_in_lower_case_is_a_week() -> None:
    # ("ngayong linggo": this week; the Sunday is "Linggo")
    body = "Magsasagawa ang lungsod ng libreng bakuna ngayong linggo, alas-9 ng umaga, sa bulwagan ng lungsod."
    assert all(m.kind != "weekday" for m in find_mentions(body))


@pytest.mark.parametrize(("said", "clock"), [
    ("alas-12 ng hatinggabi", dt.time(0)),  # (midnight, not noon)
    ("ala-una ng hapon", dt.time(13)),  # (one o'clock: "ala", not "alas")
])
def test_midnight_and_one_oclock(said: str, clock: dt.time) -> None:
    assert [m.time for m in find_mentions(f"ang pagsasara ng kalsada ay {said}") if m.kind == "time"] == [clock]
