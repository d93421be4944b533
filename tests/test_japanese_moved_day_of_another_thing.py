"""A Japanese day planned before is set aside only for the day the same thing moved to: "5月13日(水)に予定していた
決算発表は予定通り行い、配当支払開始日を6月1日に変更します" keeps the results on 13 May as planned (it is the dividend's
payment day that changed). Review of s49-w134 (movedfrom._PLANNED_JA); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


@pytest.mark.parametrize("body", [
    "2026年5月13日(水)に予定していた決算発表は予定通り行い、配当支払開始日を2026年6月1日に変更します。",
    "2026年5月13日(水)を予定していた決算説明会は会場のみ変え、本社ビルの開館を2026年6月1日に延期します。",
])
def test_the_planned_day_stays_when_another_thing_moves(body: str) -> None:
    assert _days(f"お知らせ\n\nSource: 例示株式会社\n\n{body}\n")[0] == "2026-05-13"


def test_the_planned_day_moved_is_still_set_aside() -> None:
    body = "2026年5月13日(水)を予定していた決算発表は、2026年5月21日(木)へ延期いたします。"
    assert _days(f"お知らせ\n\nSource: 例示株式会社\n\n{body}\n") == ["2026-05-21"]
