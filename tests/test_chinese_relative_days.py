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
