"""Chinese "明天", "明日", "明晚" (tomorrow, tomorrow evening) say by themselves that what they date is to come: the
sentence needs no word of the future ("将", "预计" ...), which "今天" (today) does, as a deed done today is told
with the same words as one to come. Seen in world-hundredtwentyfifth (the academicians' assembly "明天在北京开幕"
under "2002年05月27日" was not read). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _days(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}"
                  for e in extract(text, source="test", reference=dt.date(2026, 1, 10)).events)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("新图书馆明天在市中心开馆。", "2023-05-09"),
    ("科学节明日在体育馆开幕。", "2023-05-09"),
    ("天文台明晚举办公众观测夜。", "2023-05-09"),
])
def test_tomorrow_without_a_word_of_the_future(sentence: str, expected: str) -> None:
    text = f"博物馆消息\n\nSource: 市博物馆\n\n2023年5月8日\n\n{sentence}\n"
    assert _days(text) == [expected]


def test_today_without_a_word_of_the_future_stays_unread() -> None:
    text = "博物馆消息\n\nSource: 市博物馆\n\n2023年5月8日\n\n新图书馆今天在市中心开馆。\n"
    assert _days(text) == []
