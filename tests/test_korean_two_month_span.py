"""A Korean span whose days fall in two months, each with its month ("2월 24일~3월 13일", "11월 2일~12월 23일(52일간)"),
is one span, as "7월 2~4일" of one month is: not two single days (world-hundredfortieth 3: a council's sessions from
one month into the next). Texts in our own words."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions

# (text, expected (month, day) of first and last, why)
CASES = [
    ("제301회 임시회는 4월 27일~5월 8일 열린다.", ((4, 27), (5, 8)), "a session across two months"),
    ("정례회: 11월 2일~12월 23일(52일간)", ((11, 2), (12, 23)), "a long regular session, its length after it"),
    ("행사는 2031년 9월 29일 ~ 10월 2일 진행된다.", ((9, 29), (10, 2)), "with its year and spaces round the tilde"),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES)
def test_korean_two_month_span(text: str, expected: tuple[tuple[int, int], tuple[int, int]], why: str) -> None:
    spans = [m for m in find_mentions(text) if m.kind == "span"]
    assert len(spans) == 1, why
    first, last = spans[0].first, spans[0].last
    assert first is not None
    assert last is not None
    assert ((first.month, first.day), (last.month, last.day)) == expected, why
