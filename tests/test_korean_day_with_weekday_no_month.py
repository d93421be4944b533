"""A Korean day of the month with its weekday in brackets and no month ("23일(금)", the 23rd, a Friday) is of the month
of the item's stamp, or of the full date named before it, where that day falls on that weekday, or of the next month;
its event's notes say the month was inferred. Seen in world-hundredthirtysecond 8 (an election commission's early
voting, "23일(금)과 24일(토)"), where the weekday was left unread. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_ITEM = "시립도서관 안내\n\nSource: 시립도서관\n\n{stamp}\n\n도서관 특별 강연은 {day} 오후 2시에 열립니다.\n"


@pytest.mark.parametrize(("stamp", "day", "expected"), [
    ("2027년 3월 2일", "12일(금)", "2027-03-12"),  # the stamp's month: 12 March 2027 is a Friday
    ("2027년 3월 20일", "9일(금)", "2027-04-09"),  # 9 March is a Tuesday: the next month's, a Friday
    ("2027년 3월 20일", "26일(금)", "2027-03-26"),
])
def test_the_weekday_picks_the_month(stamp: str, day: str, expected: str) -> None:
    events = extract(_ITEM.format(stamp=stamp, day=day), source="lib", reference=dt.date(2027, 1, 5)).events
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events] == [f"{expected} 14:00"]
    assert any(note.startswith("date inferred:") and "names no month" in note for note in events[0].notes)
