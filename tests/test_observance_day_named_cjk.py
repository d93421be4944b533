"""A yearly observance's day in Japanese and Korean, where the name ends in its "day" (の日, 記念日, デー, 날): the name
then its day in brackets ("「灯台記念日」(11月1日)"), the day then の and the name ("11月1日の灯台記念日"), or the day
designated as the name ("11월 9일을 '소방의 날'로 지정"). The day says when the observance falls, not a dated event of
the item; a clock in the sentence, or に after it (what is done on the day), keeps it. Seen in world-hundredfortythird
(a coast guard's review held "as the commemoration of" its day in brackets; a Korean station's designated day).
Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

RELEASE = """消防・海上安全ニュース

2034年4月4日

{sentence}
"""


def _days(sentence: str) -> list[str]:
    events = extract(RELEASE.format(sentence=sentence), source="t", reference=dt.date(2034, 4, 4)).events
    return sorted(f"{e.start:%m-%d}" for e in events)


@pytest.mark.parametrize("sentence", [
    "第七管区は「灯台記念日」(11月1日)の行事として、5月20日に門司港で式典を開く。",
    "第七管区は灯台記念日(11月1日)の行事として、5月20日に門司港で式典を開く。",
    "第七管区は11月1日の灯台記念日の行事として、5月20日に門司港で式典を開く。",
])
def test_a_japanese_observance_day_is_no_event(sentence: str) -> None:
    assert _days(sentence) == ["05-20"]


def test_a_korean_designated_day_is_no_event() -> None:
    sentence = ("소방본부는 5월 20일 강당에서 훈련을 연다. "
                "정부는 1963년부터 11월 9일을 '소방의 날'로 지정해 기념하고 있다.")
    assert "11-09" not in _days(sentence)


@pytest.mark.parametrize("sentence", [
    "11月1日の灯台記念日に、門司港で式典を開く。",
    "「灯台記念日」(11月1日)に門司港で式典を開く。",
    "「灯台記念日」(11月1日)の午前10時から門司港で式典を開く。",
])
def test_a_day_something_is_done_on_stays(sentence: str) -> None:
    assert "11-01" in _days(sentence)
