"""A weekday's date with no year, in a text that speaks of a year just before: the year after it, when the weekday
fits it ("... recalls the summit of October 2019 ... on Thursday, March 5": 2020, not the latest such year)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

NOTICE = """Minister to open the new border post

Source: test

Kigali, Mar.3, RNA – The Minister of Trade will on Thursday, March 5, open the new border post at Rusumo.

The post was agreed at the regional summit of October {year}.
"""


def _days(text: str) -> set[dt.date]:
    events = extract(text, source="test", reference=dt.date(2026, 12, 5)).events
    return {e.start.date() if isinstance(e.start, dt.datetime) else e.start for e in events}


def test_the_year_after_the_one_the_text_speaks_of() -> None:
    assert _days(NOTICE.format(year=2019)) == {dt.date(2020, 3, 5)}  # 5 March 2020 is a Thursday


@pytest.mark.parametrize(("year", "expected", "why"), [
    (2021, dt.date(2026, 3, 5), "5 March 2022 is a Saturday: the latest year in which it is a Thursday"),
    (2020, dt.date(2020, 3, 5), "a year the text names, in which it fits, keeps it"),
])
def test_otherwise_the_rules_before(year: int, expected: dt.date, why: str) -> None:
    assert _days(NOTICE.format(year=year)) == {expected}, why
