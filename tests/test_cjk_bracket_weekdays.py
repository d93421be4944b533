"""A Japanese or Chinese date's weekday in brackets after it ("7月8日(水)", "7月8日（水曜日）", "7月8日(星期三)",
"7月8日(周日)") is the date's own: it sets a year-less date's year as an English weekday does, and it stays out of
the event's title, as does the "から、", "より、" after a clock. A text in a script of one country only (Japanese
kana, Korean Hangul, Thai ...) that names no place keeps that country's clock. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 11, 27)


def _events(body: str, source: str = "報道発表") -> list[tuple[str, str]]:
    text = f"日程のお知らせ\n\nSource: {source}\n\n{body}\n"
    return [(e.start.isoformat(), e.summary) for e in extract(text, source="cjk", reference=REFERENCE).events]


@pytest.mark.parametrize("weekday", ["(水)", "（水曜日）", "(水曜)"])
def test_a_japanese_weekday_sets_the_year_and_leaves_the_title(weekday: str) -> None:
    # (8 July is a Wednesday in 2026 and 2020; without the weekday the year would be the reference's too, so the
    # weekday is shown by a date it moves: 9 July is a Wednesday in 2025)
    events = _events(f"7月9日{weekday}午前10時より、大阪市の会場で地域の防災についての説明会を開きます。"
                     "参加は自由です。")
    assert [start for start, _ in events] == ["2025-07-09T10:00:00+09:00"]
    title = events[0][1]
    assert not any(mark in title for mark in ("水", ")", "）"))
    assert title.startswith("大阪市")  # (not with the "より、" the clock leaves)


@pytest.mark.parametrize("weekday", ["(星期三)", "（周三）", "(礼拜三)"])
def test_a_chinese_weekday_sets_the_year(weekday: str) -> None:
    events = _events(f"7月9日{weekday}下午3時，部長將在記者會上說明新的計劃。", source="部新聞處")
    assert [start[:10] for start, _ in events] == ["2025-07-09"]


def test_kana_keep_japans_clock_where_no_place_is_named() -> None:
    events = _events("7月9日(水)午後2時から、会議室で記者会見を行います。資料は当日配布します。")
    assert [start for start, _ in events] == ["2025-07-09T14:00:00+09:00"]


def test_a_few_kana_in_an_english_text_do_not_move_it() -> None:
    text = ("Film evening\n\nSource: A cultural centre\n\nThe centre shows the documentary ドキュメンタリー・ヒロシマ "
            "(a city rebuilt) on Thursday 3 December 2026 at 19:00, with a talk by its director after it.\n")
    events = extract(text, source="cjk", reference=REFERENCE).events
    assert [e.start.utcoffset() for e in events] == [dt.timedelta(hours=1)]


def test_a_span_of_days_each_with_its_weekday_is_one_span() -> None:
    text = "会議のお知らせ\n\nSource: 報道発表\n\n2026年3月16日(月)～18日(水)、東京都庁で地域の防災会議を開きます。\n"
    events = extract(text, source="cjk", reference=REFERENCE).events
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events] == [("2026-03-16", "2026-03-19")]
