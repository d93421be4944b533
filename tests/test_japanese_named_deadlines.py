"""A deadline a Japanese or Chinese schedule names just before its hour or day: "質問通告期限 13時" (notice of
questions is due by one o'clock), "請願の提出締切 12時", "報名截止日期:3月1日" (issue #10, "Not an event": a
deadline is a time by which papers are in, nobody meets). Seen in world-hundredeighteenth (a prefectural assembly's
session table gave its question-notice deadline as an event); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_notice_deadline_row_is_no_sitting() -> None:
    text = ("6月定例会の日程\n\nSource: 県議会事務局\n\n"
            "6月10日(火) 本会議 開会10時\n"
            "12日(木) 質問通告期限 13時\n"
            "16日(月) 本会議 開議10時 一般質問\n")
    assert _starts(text) == ["2025-06-10 10:00", "2025-06-16 10:00"]


def test_closing_for_petitions_is_no_sitting() -> None:
    text = ("6月定例会の日程\n\nSource: 県議会事務局\n\n"
            "6月10日(火) 本会議 開会10時\n"
            "6月11日(水) 請願の提出締切 12時\n")
    assert _starts(text) == ["2025-06-10 10:00"]
