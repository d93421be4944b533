"""Chinese (and Japanese) relative days: "今日", "今天", "今晚" (today, tonight), "明天" (tomorrow), "昨天"
(yesterday), counted from the item's date as "today" and "demain" are (issue #10, "Year": a date with no year takes
the stamp's). Seen in world-ninetyeighth (a royal visit's programme under "2019年12月20日" put its rows of "今日"
on a day named later in the text); a sentence of what was done "today" with no hour and no word of what is to
come ("將", "预计" ...) is left unread, as Chinese marks no tense; the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("word", "expected"), [
    ("今天", "2023-05-08 15:00"),
    ("今日", "2023-05-08 15:00"),
    ("明天", "2023-05-09 15:00"),
])
def test_relative_day_under_a_stamp(word: str, expected: str) -> None:
    text = (f"市长行程\n\nSource: 市政府新闻处\n\n2023年5月8日\n\n"
            f"市长{word}下午3时出席新图书馆开幕仪式。\n")
    assert _days(text) == [expected]


def test_tonight_is_the_stamp_day() -> None:
    text = "市长行程\n\nSource: 市政府新闻处\n\n2023年5月8日\n\n市长今晚将出席慈善晚宴。\n"
    assert _days(text) == ["2023-05-08"]


def test_what_was_done_today_is_no_event() -> None:
    # "the council passed the budget today": told of the past, no hour, nothing to come
    text = "议会新闻\n\nSource: 市议会\n\n2023年5月8日\n\n市议会今日通过年度预算。\n"
    assert _days(text) == []


def test_asuka_and_a_deed_told_with_jiang_are_no_relative_days() -> None:
    asuka = "秋祭り\n\nSource: 明日香村役場\n\n2031年9月1日\n\n明日香村で9月20日に14時から秋祭りを開催します。\n"
    events = extract(asuka, source="asuka", reference=dt.date(2031, 9, 1)).events
    assert [f"{e.start:%m-%d %H:%M}" for e in events if not e.all_day] == ["09-20 14:00"]
    assert all(e.start.day != 2 for e in events)
    done = "海关通报\n\nSource: 海关总署\n\n2031年9月15日\n\n今天，海关总署将一批走私货物移交公安机关处理。\n"
    assert extract(done, source="customs", reference=dt.date(2031, 9, 1)).events == []
