"""Two dotted days of which only the second writes the year ("perjantaina 23.1. ja lauantaina 24.1.2026", "am 3.5.
und 10.5.2026", "23.–24.1.2026"), as Finnish, German and the Nordic languages write a pair or run of days: both days
are of that year; days that follow each other, or a dashed run, are one span. Seen in world-hundredfiftieth (a
Finnish university's two-day science event "perjantaina 23.1. ja lauantaina 24.1.2026" was read as the Saturday
alone). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = "Avoimet ovet\n\nSource: Yliopisto\n\nTiedekunta avaa ovensa yleisölle {when}. Sisään pääsee vapaasti.\n"


def _days(when: str) -> list[tuple[dt.date, dt.date]]:
    events = extract(ITEM.format(when=when), source="t", reference=dt.date(2026, 12, 8)).events
    return sorted((e.start, e.end) for e in events)


def test_two_days_in_a_row_are_one_span() -> None:
    assert _days("perjantaina 13.3. ja lauantaina 14.3.2026") == [(dt.date(2026, 3, 13), dt.date(2026, 3, 15))]


def test_a_dashed_run_is_one_span() -> None:
    assert _days("ensi viikolla 13.–15.3.2026") == [(dt.date(2026, 3, 13), dt.date(2026, 3, 16))]


def test_two_days_apart_are_two_days() -> None:
    assert _days("lauantaina 7.3. ja lauantaina 14.3.2026") == [(dt.date(2026, 3, 7), dt.date(2026, 3, 8)),
                                                                 (dt.date(2026, 3, 14), dt.date(2026, 3, 15))]


def test_a_clock_before_the_date_stays_a_clock() -> None:
    events = extract(ITEM.format(when="klo 9.30 ja 14.3.2026"), source="t", reference=dt.date(2026, 12, 8)).events
    assert [e.start.replace(tzinfo=None).isoformat() for e in events] == ["2026-03-14T09:30:00"]
