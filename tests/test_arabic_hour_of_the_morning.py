"""An Arabic hour in words said as the hour of a weekday's part of the day: "في العاشرة والنصف من صباح الخميس" (at
half past the tenth of Thursday's morning), "في السابعة من مساء الأحد" (issue #10, "Times": Jordanian and Gulf papers
name the hour, then the morning or evening it belongs to, then the weekday). Seen in world-hundredeighteenth (a
House of Representatives' first extraordinary sitting, "في العاشرة والنصف من صباح الخميس", was not read); the
texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_half_past_ten_of_thursday_morning() -> None:
    text = ("لجنة المالية تجتمع الخميس\n\nSource: مجلس الشورى\n\nنشر يوم الاثنين 5 كانون الثاني / يناير 2026\n\n"
            "تعقد لجنة المالية اجتماعها الأول في العاشرة والنصف من صباح الخميس لمناقشة مشروع الموازنة.\n")
    assert _starts(text) == ["2026-01-08 10:30"]


def test_seven_of_sunday_evening() -> None:
    text = ("ندوة في المجلس البلدي\n\nSource: المجلس البلدي\n\nنشر يوم الخميس 8 كانون الثاني / يناير 2026\n\n"
            "ينظم المجلس البلدي ندوة عامة حول النقل في السابعة من مساء الأحد في قاعة المجلس.\n")
    assert _starts(text) == ["2026-01-11 19:00"]
