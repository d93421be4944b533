"""A Korean sentence ends in its verb, and the verb's past ending ("실시하였다", "열렸습니다") tells of what is done:
its day is history, not an event to come, as "held ... on 12 August" is in English. Not "있다" (there is) nor
"-겠다" (will), whose syllables end in the same letter. Seen in world-hundredtwentythird's notes (a consulate's
report of its outreach); the texts are ours."""

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
    "총영사관은 8월 20일 덴버에서 순회영사를 실시하였다.",
    "대사관은 8월 20일 한국어 강좌 수료식을 개최했습니다.",
])
def test_a_deed_told_in_the_past_is_no_event(line: str) -> None:
    assert _days(line) == []


@pytest.mark.parametrize("line", [
    "총영사관은 8월 20일 덴버에서 순회영사를 실시한다.",
    "대사관은 8월 20일 한국어 강좌 수료식을 개최할 예정입니다.",
    "총영사관은 8월 20일 덴버에서 순회영사를 실시하겠다.",
])
def test_a_deed_to_come_is_an_event(line: str) -> None:
    assert _days(line) == ["2026-08-20"]


@pytest.mark.parametrize(("sentence", "past"), [
    ("회의가 열렸다.", True),
    ("회의가 열린다.", False),
    ("회의가 있다.", False),
    ("회의를 열겠다.", False),
    ("회의를 열겠습니다.", False),
    ("Meeting held.", False),
])
def test_the_verbs_ending(sentence: str, past: bool) -> None:
    assert korean_past(sentence) is past
