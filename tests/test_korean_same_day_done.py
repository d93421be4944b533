"""A Korean report written on the day of what it reports: "예시해양경찰서는 3월 14일(금) 오전 11시 ... 기념식을
가졌다고 밝혔다" under the stamp "2031-03-14 16:20" tells a ceremony held that morning (the quoted verb is of the
past), no event; "... 기념식을 연다고 밝혔다" (will hold) stays one. Seen in world-hundredfortythird 9 (a coast guard
station's ceremony reported that afternoon). Texts in our own words."""

from __future__ import annotations

from parsers import extract

from .conftest import REFERENCE


def _timed(text: str) -> list[int]:
    return [e.start.hour for e in extract(text, source="haegyeong", reference=REFERENCE).events if not e.all_day]


def test_a_ceremony_held_that_morning_is_no_event() -> None:
    text = """예시해양경찰서, 구조대 창설 기념식 가져

Source: 예시해양경찰서

2031-03-14 16:20

예시해양경찰서는 3월 14일(금) 오전 11시 본서 대회의실에서 구조대 창설 기념식을 가졌다고 밝혔다.
"""
    assert _timed(text) == []


def test_a_ceremony_to_be_held_that_afternoon_stays() -> None:
    text = """예시해양경찰서, 구조대 창설 기념식 연다

Source: 예시해양경찰서

2031-03-14 09:20

예시해양경찰서는 3월 14일(금) 오후 3시 본서 대회의실에서 구조대 창설 기념식을 연다고 밝혔다.
"""
    assert _timed(text) == [15]
