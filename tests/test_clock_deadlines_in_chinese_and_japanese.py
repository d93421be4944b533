"""A clock followed by the Chinese "以前"/"之前" (before) or the Japanese "までに" (by) is a deadline, not an event:
"請媒體於上午10時以前完成報到" (reporters check in before 10:00) was published beside the press conference it serves
(the w114 helper's Taiwanese ministry, session 44). A title loses its closing "。". The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _events(body: str) -> list[tuple[str, str]]:
    text = f"記者會\n\nSource: 外交部 (Ministry of Foreign Affairs, Taipei)\n\n{body}\n"
    return [(f"{e.start:%H:%M}", e.summary) for e in extract(text, source="test", reference=dt.date(2024, 3, 1)).events]


@pytest.mark.parametrize("deadline", ["請媒體於上午10時以前完成報到。", "請媒體於上午10時之前完成報到。",
                                      "記者は10時までに受付を済ませてください。"])
def test_a_clock_before_its_deadline_word_is_no_event(deadline: str) -> None:
    events = _events(f"本部訂於2024年3月5日上午10時30分舉行記者會。\n\n{deadline}")
    assert [start for start, _ in events] == ["10:30"]
    assert not events[0][1].endswith("。")
