"""A Korean council's session word that qualifies another noun ("제335회 임시회 회의록 공개: 5월 2일", the session's
minutes published; "제334회 임시회 결과 보고", its results; "본회의장 견학 신청 마감", the chamber's tour deadline)
names no sitting: the row is no event, as "Session minutes published: May 2" is none; "제335회 임시회: 4월 14일~30일"
still is (kinds). Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import listed

ITEM = "의회 일정\n\nSource: 예시시의회\n\n2031년 3월 10일\n\n{row}\n"


@pytest.mark.parametrize(("row", "expected"), [
    ("제335회 임시회 회의록 공개: 5월 2일", []),
    ("제334회 임시회 결과 보고: 3월 2일", []),
    ("본회의장 견학 신청 마감: 4월 14일", []),
    ("제335회 임시회: 4월 14일~30일(17일간)", ["2031-04-14..2031-04-30"]),
])
def test_session_word_or_its_modifier(row: str, expected: list[str]) -> None:
    assert listed(ITEM.format(row=row), dt.date(2031, 3, 1)) == expected
