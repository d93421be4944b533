""""截至2013年8月31日止年度的財務報表" (the accounts of the year ended 31 August 2013): the day after "截至",
"截止" (up to) is where figures stand, as "as of 31 March", not an event (issue #10, "real pages"; seen in a saved
Chinese agenda, where each fund's accounts made an event). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(body: str) -> list[str]:
    found = extract(f"文件\n\n來源：秘書處\n\n{body}\n", source="test", reference=_REFERENCE).events
    return sorted(f"{e.start}"[:10] for e in found)


def test_year_ended_is_no_event() -> None:
    assert _days("1. 第12號 ─ 獎學基金 截至2024年3月31日止年度的財務報表 ( 由 局長 提交 )") == []


def test_figures_up_to_a_day_are_no_event() -> None:
    assert _days("截止2024年6月30日，共有1200人登記。") == []


def test_meeting_on_a_day_stays() -> None:
    assert _days("委員會將於2024年6月30日舉行會議。") == ["2024-06-30"]
