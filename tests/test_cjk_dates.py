"""Chinese and Japanese dates and clocks (parsers/lang_cjk.py): "5月15日（星期三）下午3时", "令和6年5月13日(月)",
"午後1時30分", "5月15日至17日", "上午9时至11时", "晚上8点半". A foreign ministry's or a court's notice in those
languages gave no event. (Met in our own texts in the style of a ministry's press conference notice and a court's
hearing notice.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "said"), [
    ("发布会定于6月12日（星期四）举行。", (6, 12, None, 3)),
    ("会议定于2031年6月12日举行。", (6, 12, 2031, None)),
    ("令和13年6月12日(木)に開催します。", (6, 12, 2031, 3)),
    ("審理は6月12日に行われる。", (6, 12, None, None)),
])
def test_a_day(text: str, said: tuple[int, int, int | None, int | None]) -> None:
    days = [m for m in find_mentions(text) if m.kind == "day" and m.first]
    assert [(m.first.month, m.first.day, m.first.year, m.first.weekday) for m in days if m.first] == [said]


@pytest.mark.parametrize(("text", "clock", "until"), [
    ("下午3时举行", dt.time(15), None),
    ("上午10时30分开始", dt.time(10, 30), None),
    ("晚上8点半", dt.time(20, 30), None),
    ("午後1時30分から", dt.time(13, 30), None),
    ("上午9时至11时", dt.time(9), dt.time(11)),
])
def test_a_clock(text: str, clock: dt.time, until: dt.time | None) -> None:
    times = [m for m in find_mentions(text) if m.kind == "time"]
    assert [(m.time, m.until) for m in times] == [(clock, until)]


def test_two_days_of_a_month_are_a_span() -> None:
    spans = [m for m in find_mentions("论坛于6月12日至14日在上海举行。") if m.kind == "span"]
    assert [(m.first.day, m.last.day) for m in spans if m.first and m.last] == [(12, 14)]


@pytest.mark.parametrize("text", ["他在2030年说", "同时，时间为三时", "日本の首相"])
def test_words_with_those_characters_are_no_dates(text: str) -> None:
    assert find_mentions(text) == []


def test_a_ministrys_press_conference() -> None:
    text = ("Regular press conference\n\nSource: Ministry of Foreign Affairs of the People's Republic of China\n\n"
            "2031年6月9日\n\n外交部发言人将于6月12日（星期四）下午3时举行例行记者会。\n")
    events = extract(text, source="t", reference=dt.date(2031, 1, 1)).events
    assert [(e.start.isoformat(), e.timezone) for e in events] == [("2031-06-12T15:00:00+08:00", "Asia/Shanghai")]
