"""A Chinese date after a field's colon written in ASCII, "时间:7月5日", "日期:2024年3月9日", "新馆):8月2日" (issue #10,
"Dates": Chinese notices): the date is read as after the full-width "：". Seen in world-hundredninth (a garrison's open
days "军营(...):6月21日、22日"); the texts are ours. After a digit the colon
is a clock's, and what follows it is still not read as a day."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    """The events' starts: "YYYY-MM-DD HH:MM" for timed ones, "YYYY-MM-DD" for days."""
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in events)


def test_a_day_after_a_field_colon() -> None:
    text = ("图书馆新馆开馆仪式\n\nSource: 上海市某区图书馆\n\n2024-06-28\n\n"
            "时间:7月5日上午10时\n地点:上海市某区图书馆新馆大厅\n")
    assert _starts(text) == ["2024-07-05 10:00"]


def test_a_day_after_a_bracket_and_colon() -> None:
    text = ("博物馆开放安排\n\nSource: 香港某博物馆\n\n2024-07-20\n\n"
            "香港某博物馆(新馆):8月2日下午2时开放,欢迎市民参观。\n")
    assert _starts(text) == ["2024-08-02 14:00"]

