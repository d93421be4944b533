"""A Korean day of the month alone ("27일") that is no day to come: the day a story was told ("... 연다고 30일
밝혔다", the news told on the 30th) and a day in a sentence whose verb is of the past ("주가는 17일 ... 썼다", the
shares did so on the 17th), though "지난" (last) is not written (issue #10, "not events"). Seen in
world-hundredthirtyfourth (two Korean companies' IR news: the day of the telling and a day of the share price gave two
events, one a month on); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def _item(body: str) -> str:
    return f"기업설명회 안내\n\nSource: 예시전자\n\n입력 2025.03.12\n\n{body}\n"


@pytest.mark.parametrize("said", ["밝혔다", "발표했다", "전했습니다"])
def test_the_day_of_the_telling_is_no_event(said: str) -> None:
    body = f"예시전자는 다음달 8일 서울 본사에서 투자자 대상 기업설명회를 연다고 12일 {said}."
    assert _days(_item(body)) == ["2025-04-08"]


def test_a_day_in_a_sentence_of_the_past_is_gone_by() -> None:
    body = ("예시전자는 오는 20일 오후 3시 기업설명회를 연다. "
            "회사 주가는 11일 실적 기대감에 크게 올랐다.")
    assert [d[:10] for d in _days(_item(body))] == ["2025-03-20"]


def test_a_coming_day_stays_whatever_the_verb() -> None:
    assert _days(_item("예시전자는 오는 15일 기업설명회를 열기로 했다.")) == ["2025-03-15"]
