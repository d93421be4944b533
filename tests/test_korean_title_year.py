"""A Korean title's year with its "년" naming what the item is about, "2022년 순회영사 다시 시작", as "Media guide
2018" does in English (issue #10, "The right year"): the item's year-less days ("5월 12일~13일") take it. Seen in
world-hundredtwentythird (a consulate's mobile services were put in the reference's year because "2022년" was not
read as a year at all); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_title_year_dates_the_days() -> None:
    text = ("주밴쿠버총영사관, 2023년 찾아가는 영사서비스 안내\n\nSource: 총영사관\n\n"
            "총영사관은 6월 8일 캘거리 한인회관에서 찾아가는 영사서비스를 실시한다.\n\n"
            "- 6월 20일~21일 에드먼턴 한인교회에서 두 번째 영사서비스\n")
    assert _starts(text) == ["2023-06-08", "2023-06-20"]


def test_title_year_with_a_gathering() -> None:
    text = ("2024년 한인회 정기총회 개최\n\nSource: 한인회\n\n"
            "한인회는 3월 9일 오후 2시 한인회관 강당에서 정기총회를 연다.\n")
    assert _starts(text) == ["2024-03-09 14:00"]


def test_a_year_counted_from_is_not_the_items() -> None:
    # "2019년부터" (since 2019) tells when something began, not the year of the item's days.
    text = ("2019년부터 이어진 순회영사, 올해도 계속\n\nSource: 총영사관\n\n"
            "Published 3 January 2026\n\n"
            "총영사관은 2월 14일 한인회관에서 순회영사를 실시한다.\n")
    assert _starts(text) == ["2026-02-14"]
