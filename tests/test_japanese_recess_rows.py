"""A Japanese assembly's schedule row that says no sitting is held, "| 6月16日 | 土曜 | | 休会 |" (a recess) or
"議事整理日" (a day kept for arranging the proceedings) (issue #10, "Not events"): no event on that day, as "No public
meetings" is none. Seen in world-ninetyfifth (a prefectural assembly's session table, its recess days read as day
events); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def test_recess_rows_are_no_events() -> None:
    text = ("市議会 日程\n\nSource: Nara City Council\n\n| 月日 | 曜日 | 開議時刻 | 日程 |\n"
            "| 3月5日 | 火曜 | 午前10時 | 本会議 開会 |\n| 3月6日 | 水曜 | | 休会 |\n| 3月7日 | 木曜 | | 議事整理日 |\n"
            "| 3月8日 | 金曜 | | 常任委員会 |\n")
    events = extract(text, source="test", reference=dt.date(2026, 12, 6)).events
    assert sorted(f"{e.start:%m-%d}" for e in events) == ["03-05", "03-08"]
