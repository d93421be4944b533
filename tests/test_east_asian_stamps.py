"""The line with which Korean, Chinese and Japanese news sites stamp a story, "입력 2017-01-20 07:00" (input),
"发布时间：2019-02-08 10:00" (time of release) (issue #10, "Dates": stamps): when the story went in, not an event; the
story's day still dates its rows. Seen in world-hundredth (a Korean wire's day of mayors' schedules); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_korean_input_stamp_is_no_event() -> None:
    text = ("[도지사 일정](14일ㆍ화)\n\nSource: 통신사\n\n입력 2018-03-14 06:50\n\n"
            "▲ 도지사 09:30 간부회의(도청 회의실)\n14:00 농업인 간담회(군청 대강당)\n")
    assert _starts(text) == ["2018-03-14 09:30", "2018-03-14 14:00"]


def test_chinese_release_stamp_is_no_event() -> None:
    text = ("市长活动安排\n\nSource: 市政府\n\n发布时间：2019-02-08 10:10\n\n"
            "2019年2月11日上午9时30分，市长出席全市工作会议。\n")
    assert _starts(text) == ["2019-02-11 09:30"]


def test_a_streams_start_labelled_haishin_is_an_event() -> None:
    # (review: "配信日時" labels when a webinar is streamed as often as when a story went out)
    text = "ウェビナーのお知らせ\n\nSource: ある省\n\n配信日時：2026年12月4日（金）14:00\n"
    events = extract(text, source="test", reference=dt.date(2026, 11, 27)).events
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events] == ["2026-12-04 14:00"]
