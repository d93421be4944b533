"""A stamp whose two-digit year is marked by an apostrophe and written first ("'22.08.11" alone atop a Korean item):
the item was published on 11 August 2022 (year, month, day), not on 22 August 2011, and its year-less days take
2022. Issue #10, the forms left by earlier sessions (Korean consulates' notices stamp their items so); the bare
"11.08.22" reads year first only in an item written in Korean, Japanese or Chinese (test_year_first_short_stamps.py).
The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.shortstamps import unread_stamp

_REFERENCE = dt.date(2026, 1, 10)


@pytest.mark.parametrize(("line", "expected"), [
    ("'22.08.11", dt.date(2022, 8, 11)),
    ("’22.08.31", dt.date(2022, 8, 31)),
    ("'19.12.05", dt.date(2019, 12, 5)),
])
def test_the_marked_year_comes_first(line: str, expected: dt.date) -> None:
    assert unread_stamp(line, "dmy", first_line=True) == expected


def test_an_items_days_take_the_stamps_year() -> None:
    text = "서울시 행사\n\nSource: 서울시\n\n'22.08.11\n\n서울시는 9월 3일 광장에서 축제를 연다고 밝혔다.\n"
    assert [f"{e.start}" for e in extract(text, source="test", reference=_REFERENCE).events] == ["2022-09-03"]
