"""Days listed with hours said of "every day", "6月21日、22日,每天上午9时至下午1时" (issue #10, "Dates": Chinese
notices): one event on each day at that hour, as "on 21 and 22 June, daily from 9 a.m." gives, and the run itself is
no day event besides. Seen in world-hundredninth (a garrison's three barracks open on two days); the texts are ours.
A run of hours with no "every day" keeps its reading."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    """The events' starts: "YYYY-MM-DD HH:MM" for timed ones, "YYYY-MM-DD" for days."""
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in events)


def test_two_listed_days_every_day() -> None:
    text = ("花卉展览开放时间\n\nSource: 香港某公园管理处\n\n2024-03-01\n\n"
            "香港某公园花卉展览于3月9日、10日举行,每天上午10时至下午5时开放。\n")
    assert _starts(text) == ["2024-03-09 10:00", "2024-03-10 10:00"]


def test_three_days_every_day_in_traditional_characters() -> None:
    text = ("書展開放時間\n\nSource: 香港某書展主辦單位\n\n2024-07-01\n\n"
            "香港某書展7月17至19日舉行,每日下午2時開放。\n")
    assert _starts(text) == ["2024-07-17 14:00", "2024-07-18 14:00", "2024-07-19 14:00"]
