"""Korean dates and times: "7월 5일", "2024년 7월 5일", "7월 2~4일", a day of the month alone ("27일",
"오는 27일"), days of next month ("다음달 2~4일", "내달 5일") and hours after the part of the day ("오후 2시",
"오전 10시 30분", "오후 3시 반"). "오는 N일" (the coming Nth) is the next such day from the day of writing
and "다음달"/"내달" the month after it, not from a day a subtitle named. Seen in world-seventyfourth (a National
Assembly's calendar, "오는 27일 오후 2시", "다음달 2~4일 오후 2시", "이어 5일 오전 10시", "8일 ... 9일 ...
오전 10시": nothing was read). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

NOTICE = """시의회, 다음달 정례회 일정 확정

Source: 테스트 시의회

입력 2023.08.24

시의회는 24일 운영위원회를 열어 정례회 일정을 확정했다.

본회의는 오는 29일 오후 3시에 열린다.

시정질문은 다음달 5~7일 오전 10시 30분에 진행되고, 이어 8일 오후 2시에 폐회식이 열린다.

예산 심사는 9월 12일 오후 3시 반에 시작한다.
"""


def _starts() -> list[str]:
    events = extract(NOTICE, source="t", reference=dt.date(2023, 8, 1)).events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime)
                  else e.start.isoformat() for e in events)


def test_coming_day_of_this_month() -> None:
    assert "2023-08-29 15:00" in _starts()


def test_days_of_next_month_and_the_day_after_them() -> None:
    starts = _starts()
    assert "2023-09-05 10:30" in starts
    assert "2023-09-08 14:00" in starts


def test_month_and_day_with_half_an_hour() -> None:
    assert "2023-09-12 15:30" in _starts()


@pytest.mark.parametrize("text", [
    "국회는 지난 8일 본회의를 열었다.",  # the 8th gone by
    "지난달 27일 회의를 열었다",  # the 27th of last month
    "공고일로부터 30일 이내에 제출한다",  # within 30 days
    "회의 14일 전까지 신청한다",  # up to 14 days before
    "7일 동안 전시한다",  # for 7 days
])
def test_a_day_gone_by_or_a_length_of_days_is_no_day(text: str) -> None:
    assert not [m for m in find_mentions(text) if m.kind in ("day", "monthday", "monthdays")]


def test_night_twelve_is_midnight() -> None:
    assert [m.time for m in find_mentions("밤 12시") if m.kind == "time"] == [dt.time(0, 0)]
