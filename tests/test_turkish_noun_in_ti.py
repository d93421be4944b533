"""A Turkish sentence that ends in a noun whose last syllable looks like the past's ending ("olağan toplantı", a
meeting; "Almanya ziyareti", its visit to Germany) tells no past: the past's "t" stands only after a hard consonant
("yaptı", "gitti") and its "d" after any other sound ("toplandı"). The texts are ours."""

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
    "Bakanın 16 Mart günü başlayacak Almanya ziyareti.",
    "Meclis üyeleri için 16 Mart günü belediye binasında olağan toplantı.",
])
def test_a_sentence_ending_in_a_noun_is_no_past(line: str) -> None:
    assert _days(line) == ["2026-03-16"]


@pytest.mark.parametrize(("sentence", "past"), [
    ("Komisyon toplandı.", True),
    ("Bakan konuyu açıkladı.", True),
    ("Ekip işi yaptı.", True),
    ("Olağan toplantı.", False),
    ("Bakanın ziyareti.", False),
])
def test_the_past_ending(sentence: str, past: bool) -> None:
    assert turkish_past(sentence) is past
