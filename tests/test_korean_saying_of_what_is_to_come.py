"""A Korean sentence that ends in a saying in the past ("밝혔다", said; "전했습니다", told; "알렸습니다", made known)
after what it quotes with "-다고" or "-라고" tells its deed's tense by the quoted verb: "개최한다고 밝혔다" (said
it will hold) is an event to come, as "X will hold ..., a statement said." is; "개최했다고 밝혔다" (said it held) is
history. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.lang_korean import korean_past

_REFERENCE = dt.date(2026, 8, 1)


def _days(line: str) -> list[str]:
    text = f"공지사항\n\nSource: 총영사관\n\n{line}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "총영사관은 8월 20일 덴버에서 순회영사를 실시한다고 밝혔다.",
    "대사관은 8월 20일 한국어 강좌 수료식을 개최할 예정이라고 전했습니다.",
    "대사관은 8월 20일 수료식을 개최한다고 알렸습니다.",
])
def test_a_saying_of_a_deed_to_come_is_an_event(line: str) -> None:
    assert _days(line) == ["2026-08-20"]


@pytest.mark.parametrize(("sentence", "past"), [
    ("협회는 총회를 개최한다고 밝혔다.", False),
    ("협회는 총회를 개최했다고 밝혔다.", True),
    ("협회는 총회를 개최했다.", True),
])
def test_the_quoted_verb_tells_the_tense(sentence: str, past: bool) -> None:
    assert korean_past(sentence) is past
