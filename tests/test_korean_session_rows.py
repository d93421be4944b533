"""A Korean council's calendar lists its sessions as short rows with no verb ("제201회 임시회: 3월 10일~20일(11일간)",
"제202회 정례회 5월 6일~28일"): the session's noun, "임시회" (extraordinary session), "정례회" (regular session) or
"본회의" (plenary), names a sitting as "Sitzung" does, so the row is an event and not a line that only says which days
(world-hundredfortieth 3: a city council's six sessions of a year published none). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """구의회 2031년 회기 일정

Source: 구의회

구의회가 2031년도 회기 일정을 발표했다.

{body}
"""

# (body, expected (first, last) days, why)
CASES = [
    ("- 제201회 임시회: 3월 10일~20일(11일간). 업무보고.", [("2031-03-10", "2031-03-20")], "an extraordinary session"),
    ("제202회 정례회 5월 6일~28일", [("2031-05-06", "2031-05-28")], "a regular session"),
    ("본회의: 6월 2일", [("2031-06-02", "2031-06-02")], "a plenary on one day"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_korean_session_rows(body: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(ITEM.format(body=body), source="council", reference=dt.date(2031, 1, 10),
                     default_zone="Asia/Seoul").events
    days = sorted((e.start.strftime("%Y-%m-%d"), (e.end - dt.timedelta(days=1)).strftime("%Y-%m-%d")) for e in events)
    assert days == expected, why
