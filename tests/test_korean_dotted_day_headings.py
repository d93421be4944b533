"""Korean days in figures parted by dots and closed by their weekday in brackets: "10.7.(월)", "10. 8.(화)",
"2025. 10. 9.(목)", as a ministry's weekly schedule heads its days over rows of "HH:MM / who / what / where".
Without the form, "10.7." was read as the clock 10:07 and every row fell on the day of the item's stamp. Seen in
world-hundredthirtythird (the culture ministry's weekly schedule of its minister and vice-ministers). Texts in our
own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

SCHEDULE = """해양부 주간 일정(10월 7~10일)

Source: 테스트 해양부

2025.10.05 09:10

■ 장관 일정
10.7.(화)
 10:30 / 장관 / 국가어항 준공식 / 부산 감천항
 15:00 / 차관 / 수산정책 간담회 / 세종청사
10. 8.(수)
 09:00 / 장관 / 국무회의 / 정부서울청사
2025. 10. 10.(금)
 14:00 / 차관 / 연안 정화 캠페인 / 인천 소래포구
"""


def _starts() -> list[str]:
    events = extract(SCHEDULE, source="t", reference=dt.date(2025, 10, 1)).events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime)
                  else e.start.isoformat() for e in events)


def test_rows_fall_under_their_dotted_day_heading() -> None:
    assert _starts() == ["2025-10-07 10:30", "2025-10-07 15:00", "2025-10-08 09:00", "2025-10-10 14:00"]


def test_the_heading_is_no_clock() -> None:
    assert not any(s.endswith(("10:07", "10:08")) for s in _starts())


def test_the_dotted_day_is_a_day_mention() -> None:
    kinds = [(m.kind, m.first.month, m.first.day) for m in find_mentions("일정: 10.7.(화) 오후") if m.first]
    assert ("day", 10, 7) in kinds


def test_a_decimal_without_a_weekday_is_no_day() -> None:
    assert not [m for m in find_mentions("성장률 3.5% 전망, 2.4 감소") if m.kind == "day"]
