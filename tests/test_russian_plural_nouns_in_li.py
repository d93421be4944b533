"""A Russian date opening a sentence, then a plural noun in -ли ("медали", "отели") and a verb of what is to come
("15 мая медали вручат ...", "отели города примут ..."): the noun is no past verb, and the day is an event to come;
"депутаты собрались" after it stays history (donedays._history_after). Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import listed

ITEM = """Сессия

Source: Парламентская ассамблея

10 марта 2031 года

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected"), [
    ("15 мая медали вручат лучшим спортсменам в Кремле.", ["2031-05-15"]),
    ("15 мая отели города примут участников форума.", ["2031-05-15"]),
    ("2 марта депутаты собрались в Минске на сессию.", []),
])
def test_opening_day_and_a_noun_in_li(sentence: str, expected: list[str]) -> None:
    assert listed(ITEM.format(sentence=sentence), dt.date(2031, 3, 1)) == expected
