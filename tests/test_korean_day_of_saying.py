"""A Korean day between the quoting "-다고"/"-라고" and the verb of saying that closes the sentence ("... 15일 문을
연다고 서울시가 14일 발표했다") is the day of the saying, not of what is quoted (issue #10, "Not events"). Seen in
world-hundredthirtyseventh (a city's metro line opening "15일" published as the 14th, the day the city announced it);
the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers.dates import Mention
from parsers.saidtoday import said_on_in_korean
from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def _mention(sentence: str, text: str) -> Mention:
    start = sentence.index(text)
    return Mention(kind="day", start=start, end=start + len(text), text=text)


def test_the_day_of_the_announcement_is_no_event() -> None:
    text = ("경전철 2단계 구간 개통\n\nSource: 부산광역시\n\n2026년 3월 9일\n\n"
            "부산 경전철 2단계 구간이 20일 개통한다고 부산시가 9일 발표했다.\n")
    assert _days(text) == ["2026-03-20"]


def test_only_the_day_before_the_saying_verb() -> None:
    sentence = "경전철이 20일 개통한다고 부산시가 9일 밝혔다."
    assert said_on_in_korean(sentence, _mention(sentence, "9일"))
    assert not said_on_in_korean(sentence, _mention(sentence, "20일"))


def test_a_day_with_no_saying_after_it_stays() -> None:
    sentence = "시는 9일 경전철 개통식을 연다."
    assert not said_on_in_korean(sentence, _mention(sentence, "9일"))
