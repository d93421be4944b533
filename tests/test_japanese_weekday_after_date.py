"""A Japanese day with its weekday after it, "6月14日（木）", "6月14日 木曜", a schedule table's "6月14日 | 木曜"
(issue #10, "Dates without a year"): the weekday tells the year a yearless day falls in, as "Thursday 14 June" does
in English. Seen in world-ninetyfifth (a prefectural assembly's session table of "月日 | 曜日 | 開議時刻" rows, read in
a year whose 14 June is a Sunday); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 6)


def _days(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize("day", ["3月5日（火）", "3月5日(火)", "3月5日 火曜", "3月5日 | 火曜日"])
def test_weekday_after_the_day_sets_its_year(day: str) -> None:
    # 5 March is a Tuesday in 2024, not in 2026 or 2027.
    text = f"市議会の日程\n\nSource: Nara City Council\n\n{day} 午前10時 本会議（開会）\n"
    assert _days(text) == ["2024-03-05"]


def test_table_of_session_days() -> None:
    text = ("県議会 日程\n\nSource: Nara Prefectural Assembly\n\n| 月日 | 曜日 | 開議時刻 | 日程 |\n"
            "| 9月12日 | 木曜 | 午前10時 | 本会議 開会 |\n| 9月17日 | 火曜 | 午後1時 | 本会議 代表質問 |\n")
    assert _days(text) == ["2024-09-12", "2024-09-17"]
