"""A Korean day of the month alone in a sentence closed by a verb of the past is still a day to come when a verb after
it tells what is to come: "-기로 했다" (decided to), "예정" (planned) or the adnominal "열리는", "개최될" of the thing
held on that day ("17일 서울에서 열리는 기업설명회에 투자자를 초청했다": invited, in the past, to a meeting to come).
Review of s49-w134 (lang_korean._in_a_sentence_of_the_past); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def _item(body: str) -> str:
    return f"기업설명회 안내\n\nSource: 예시전자\n\n입력 2025.03.12\n\n{body}\n"


@pytest.mark.parametrize("body", [
    "예시전자는 17일 서울 본사에서 열리는 기업설명회에 투자자를 초청했다.",
    "예시전자는 17일 서울 본사에서 기업설명회를 개최하기로 결정했다.",
    "예시전자는 17일 서울 본사에서 개최될 기업설명회의 참가 신청을 받았다.",
])
def test_the_day_to_come_stays(body: str) -> None:
    assert _days(_item(body)) == ["2025-03-17"]


def test_a_day_of_the_past_still_goes() -> None:
    body = "예시전자는 오는 20일 기업설명회를 연다. 회사 주가는 11일 실적 기대감에 크게 올랐다."
    assert _days(_item(body)) == ["2025-03-20"]
