"""A Japanese notice that moves an event: "5月13日(水)を予定していた決算発表は、5月21日(木)へ延期いたします" (the
results release planned for the 13th is put off to the 21st). The day it was planned for is no event; the day it moved
to is, also when the sentence opens with the old day, as a list's line would (issue #10, "not events"). Seen in
world-hundredthirtyfourth (a Tokyo company's disclosure: the cancelled day was published, the new one lost); the
texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def _item(body: str) -> str:
    return f"株主説明会の日程変更のお知らせ\n\nSource: 例示工業株式会社\n\n2026年2月2日\n\n{body}\n"


@pytest.mark.parametrize("body", [
    "2026年3月4日(水)を予定していた株主説明会は、2026年3月11日(水)へ延期いたします。",
    "当社の株主説明会は、2026年3月4日(水)に予定しておりましたが、2026年3月11日(水)に変更いたします。",
])
def test_the_planned_day_goes_and_the_new_day_stays(body: str) -> None:
    assert _days(_item(body)) == ["2026-03-11"]


def test_a_planned_day_not_moved_stays() -> None:
    assert _days(_item("2026年3月4日(水)に予定している株主説明会の会場は本社です。")) == ["2026-03-04"]
