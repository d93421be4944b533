"""Indonesian press forms: the day of a saying given as a weekday and its date in brackets after the speaker's name
("ujar Kepala Dinas Ani Lestari, Rabu (5/3/2031)") is no event, and the act's own day and time in the same sentence
stand alone (world-fortysixth 6: the Friday of the statement gave a second and a third event, at the event's hour
and as a span to its day); "Sabtu tanggal 8 Maret 2031" is one day, its weekday with it. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Pengumuman

Source: Dinas Kota

Published: 5 March 2031

{body}
"""

# (body, expected UTC starts of timed events, why)
CASES = [
    ("Menurut Kepala Dinas Perhubungan Ani Lestari, Rabu (5/3/2031), pawai budaya digelar pada Sabtu tanggal "
     "8 Maret 2031 pukul 07.00 WIB sampai selesai di Alun-Alun Kota.", ["2031-03-08 00:00"], "Menurut ..."),
    ("Pawai budaya digelar Sabtu (8/3/2031) pukul 07.00 WIB di Alun-Alun Kota, ujar Ani Lestari, Rabu (5/3/2031).",
     ["2031-03-08 00:00"], "the saying after the act, 'ujar ...'"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_the_day_of_a_saying_is_no_event(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="dinas", reference=dt.date(2031, 3, 1),
                     default_zone="Asia/Jakarta").events
    assert [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day] == expected, why
    assert not [e for e in events if e.all_day], why


def test_a_weekday_before_tanggal_and_its_date_is_one_day() -> None:
    days = [m for m in find_mentions("Acara digelar pada Sabtu tanggal 8 Maret 2031 di Alun-Alun.") if m.kind != "time"]
    assert [(m.kind, m.first and m.first.weekday) for m in days] == [("day", 5)]
