"""A Japanese weekday in brackets may carry a holiday mark after a middle dot: "11月23日（土・祝）", "(月・祝)",
"（月・休）" (a substitute holiday), as Japanese event pages and shops' schedules write a public holiday. The day is
still that weekday, which tells the year of a yearless day; unread, the bracket was left over as an event's name
("（月・祝）"). Seen in p59 (lifecorp.jp: a supermarket mascot's visit schedule; event-checker.info). The texts are
ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 6)


def _events(body: str) -> list[tuple[str, str]]:
    text = f"市民まつり\n\nSource: Kobe City\n\n{body}\n"
    return [(f"{e.start:%Y-%m-%d}", e.summary) for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("day", ["11月23日（土・祝）", "11月23日(土・祝)", "11月23日（土･祝日）", "11/23(土・祝)"])
def test_holiday_mark_keeps_the_weekday(day: str) -> None:
    # 23 November is a Saturday in 2024, not in 2025, 2026 or 2027.
    assert [d for d, _ in _events(f"{day} 午前10時 市民まつり（開会）")] == ["2024-11-23"]


def test_substitute_holiday_mark() -> None:
    # 5 May 2025 is a Monday.
    assert [d for d, _ in _events("5月5日（月・休） 午後2時 こどもまつり")] == ["2025-05-05"]


def test_the_bracket_is_no_name() -> None:
    events = _events("2024年4月29日（月・祝）\n\n午前11時 中央店でふれあい会")
    assert events
    assert all("祝" not in name for _, name in events)


def test_two_weekdays_are_no_holiday_mark() -> None:
    # "（月・火）" names two days, not a holiday: it says nothing of the year, which the plain day keeps.
    with_two = _events("11月23日（土・日） 午前10時 市民まつり（開会）")
    plain = _events("11月23日 午前10時 市民まつり（開会）")
    assert [d for d, _ in with_two] == [d for d, _ in plain]
