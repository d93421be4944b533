"""Malay "hari ini" after a talk to the press that is still to come, "akan bercakap kepada pemberita hari ini",
"sidang media kepada wartawan akan diadakan hari ini": today is the talk's day, an event, not the day a telling was
made (which "bercakap kepada pemberita ... hari ini" told in the past is). Texts of our own."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Kenyataan media

Source: A state government

10 Mac 2030

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("Menteri Besar akan bercakap kepada pemberita hari ini di Dewan Contoh.", ["2030-03-10"], "will speak"),
    ("Sidang media kepada wartawan akan diadakan hari ini di Dewan Contoh.", ["2030-03-10"], "will be held"),
    ("Menteri dijadual memberitahu wartawan mengenai bajet hari ini di Dewan Contoh.", ["2030-03-10"],
     "is scheduled to tell"),
    ("Menteri Besar bercakap kepada pemberita di Dewan Contoh hari ini.", [], "spoke: the day of the telling"),
    ("Menteri akan melawat daerah itu pada 20 Mac, kata Menteri Besar kepada pemberita hari ini.", ["2030-03-20"],
     "the word of what is to come is the visit's, not the saying's"),
])
def test_today_of_a_talk_to_come(sentence: str, expected: list[str], why: str) -> None:
    assert listed(ITEM.format(sentence=sentence)) == expected, why
