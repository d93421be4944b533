"""A Korean span of two months across the turn of a year, "12월 28일~1월 3일": read as its two days, as
mentions.ordered_span reads "from 28 December to 2 January", not lost (the span's form, which since it reads two
months takes both days from the form of one day). "2월 24일~3월 13일" stays one span. Texts of our own."""

from __future__ import annotations

import pytest

from parsers.lang_korean import korean_mentions


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in korean_mentions(text)]


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("겨울 특별전은 12월 28일~1월 3일 시청 로비에서 열린다.", [("day", "12월 28일"), ("day", "1월 3일")],
     "across the turn of a year: two days"),
    ("접수 기간: 2030년 12월 20일 ~ 1월 10일", [("day", "2030년 12월 20일"), ("day", "1월 10일")],
     "with the first day's year, spaced tilde"),
    ("제1회 임시회: 2월 24일~3월 13일(18일간)", [("span", "2월 24일~3월 13일")], "two months of one year: one span"),
])
def test_span_or_its_days(text: str, expected: list[tuple[str, str]], why: str) -> None:
    assert _read(text) == expected, why
