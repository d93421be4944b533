"""A Turkish sentence ends in its verb, and the past's ending ("yapıldı", "toplandılar", "sağlanamamıştır") tells of
what is done: a year-less day in it is history, not an event to come, as "met on 12 January" is in English. Not the
future ("yapılacaktır"), the present ("toplanıyor") nor "-dir" (is). Seen in world-hundredtwentyfirst's notes (a
municipal council's report of a sitting held); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.tense import turkish_past

_REFERENCE = dt.date(2026, 2, 20)


def _days(line: str) -> list[str]:
    text = f"Duyuru\n\nSource: Belediye\n\n{line}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "Komisyon üyeleri 16 Ocak günü belediye binasında toplandı.",
    "Olağan meclis toplantısı 16 Ocak tarihinde belediye binasında yapılmıştır.",
])
def test_a_sitting_told_in_the_past_is_no_event(line: str) -> None:
    assert _days(line) == []


def test_a_sitting_to_come_is_an_event() -> None:
    assert _days("Olağan meclis toplantısı 16 Mart tarihinde belediye binasında yapılacaktır.") == ["2026-03-16"]


@pytest.mark.parametrize(("sentence", "past"), [
    ("Toplantı yapıldı.", True),
    ("Üyeler toplandılar.", True),
    ("Karar sağlanamamıştır.", True),
    ("Toplantı yapılacaktır.", False),
    ("Meclis toplanıyor.", False),
    ("Gündem ektedir.", False),
    ("The meeting was held on Friday.", False),
])
def test_the_verbs_ending(sentence: str, past: bool) -> None:
    assert turkish_past(sentence) is past
