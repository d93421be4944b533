"""A sentence that names the week's schedule it heads ("다음 주(10월 6일~10일) 교육부의 주간 행사 일정", "the Minister's
weekly schedule for 6-10 October", "agenda de la semana del 6 al 10 de octubre"), over timed rows of its days: its
span is the week the rows fill, no event of its own; a span with no such rows, or not so named, stays (world-
hundredfortyfifth 2: a ministry's weekly plan, "다음 주(7월 1일~5일)" over "△1일(월) / 10:00" rows). Texts in our own
words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2031, 9, 1)


def _starts(text: str, zone: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE, default_zone=zone).events)


def test_a_korean_weekly_schedule_heading_is_no_event() -> None:
    text = ("교육부 다음 주 일정\n\nSource: 교육부\n\n2031.10.04\n\n"
            "다음 주(10월 6일~10일) 교육부의 주간 행사 일정이다.\n\n"
            "△6일(월)\n10:00 실국장회의(세종)\n△7일(화)\n14:00 학부모 간담회(서울)\n")
    assert _starts(text, "Asia/Seoul") == ["2031-10-06 10:00", "2031-10-07 14:00"]


def test_an_english_weekly_schedule_heading_is_no_event() -> None:
    text = ("Minister's week\n\nSource: Ministry of Education\n\nPublished 4 October 2031\n\n"
            "The Minister's weekly schedule for 6-10 October 2031.\n\n"
            "Monday 6 October\n10:00 Visit to a school in Leeds\n\n"
            "Tuesday 7 October\n14:00 Meeting with head teachers\n")
    assert _starts(text, "Europe/London") == ["2031-10-06 10:00", "2031-10-07 14:00"]


def test_a_festival_span_over_its_rows_stays() -> None:
    text = ("Harvest festival\n\nSource: Town council\n\nPublished 4 October 2031\n\n"
            "The harvest festival runs from 6 to 10 October 2031.\n\n"
            "Monday 6 October\n10:00 Opening parade\n\nTuesday 7 October\n14:00 Cooking contest\n")
    assert "2031-10-06" in _starts(text, "Europe/London")
