"""A Vietnamese day and month in figures after "ngày" (day), "ngày 14/9", "ngày 14/9/2023", with its weekday
before it, "thứ năm ngày 14/9" (Thursday; the weekdays are "thứ" and the day's number from Monday, the second, and
"chủ nhật", Sunday): a day, the weekday its clue to the year where none is written (issue #10, "any layout").
Seen in world-hundredtwentyeighth (a national assembly's session "khai mạc vào sáng thứ hai ngày 23/5" was not
read); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "day", "weekday"), [
    ("Hội nghị sẽ khai mạc vào sáng thứ năm ngày 14/9 tại Hà Nội.", (14, 9, None), 3),
    ("Buổi họp báo diễn ra ngày 14/9 tại trụ sở Bộ.", (14, 9, None), None),
    ("Lễ kỷ niệm được tổ chức vào chủ nhật, ngày 10/9.", (10, 9, None), 6),
])
def test_a_day_in_figures(text: str, day: tuple[int, int, int | None], weekday: int | None) -> None:
    found = [m for m in find_mentions(text) if m.kind == "day"]
    assert len(found) == 1
    first = found[0].first
    assert first is not None
    assert (first.day, first.month, first.year, first.weekday) == (*day, weekday)


def test_the_weekday_gives_the_year() -> None:
    text = ("Khai mạc hội nghị\n\nSource: Bộ\n\n"
            "Hội nghị toàn quốc sẽ khai mạc vào sáng thứ năm ngày 14/9 tại Hà Nội.\n")
    starts = [e.start for e in extract(text, source="test", reference=dt.date(2026, 12, 6)).events]
    assert dt.date(2023, 9, 14) in starts  # 14 September is a Thursday in 2023
