"""A Korean title's year followed by an account, a budget or a business report ("2025년 결산 정기총회", "2025년도
사업보고 총회", "2027년 예산안 심의") is the year the account is of, as "Annual Report 2018" is: the meeting that
hears it falls in the year the item is written, not in that year. A title that names its item's year ("2022년
순회영사 다시 시작") still gives it. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 2, 10)


def _starts(title: str, line: str) -> list[str]:
    text = f"{title}\n\nSource: 협회\n\n{line}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("title", [
    "2025년 결산 정기총회 안내",
    "2025년도 사업보고 총회",
    "2025년 회계 감사 보고회",
])
def test_an_account_year_is_not_the_items(title: str) -> None:
    assert _starts(title, "총회는 3월 14일 오후 2시에 서울 본부에서 개최됩니다.") == ["2026-03-14"]


def test_a_year_naming_the_item_stays() -> None:
    assert _starts("2025년 순회영사 다시 시작", "순회영사는 3월 14일 오전 10시에 부산에서 열립니다.") == ["2025-03-14"]
