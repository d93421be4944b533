"""Taiwan's years of the Republic of China before a month and day, "民國113年5月9日", "中華民國112年3月1日", or the
number alone, "111年10月11日", as Taiwanese letters write it (issue #10, "Dates"): the Republic's year 1 is 1912, so
year 111 is 2022. Seen in world-hundredeleventh (a district office's letter for a mayor's groundbreaking: "111年" was
left unread and the ceremony fell in the year of the reference date); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_the_number_alone_before_month_and_day() -> None:
    text = ("公園落成典禮 敬請參加\n\nSource: 桃園市某區公所\n\n"
            "一、 本所訂於111年10月11日下午2時30分於桃園市中壢區公園路辦理落成典禮,由市長主持。\n")
    assert _starts(text) == ["2022-10-11 14:30"]


def test_the_republic_named_before_its_year() -> None:
    text = ("市政府新聞行程\n\nSource: 某市政府\n\n中華民國112年3月1日 星期三\n"
            "10:00 市長出席植樹活動\n地點:臺中市中央公園\n")
    assert _starts(text) == ["2023-03-01 10:00"]
