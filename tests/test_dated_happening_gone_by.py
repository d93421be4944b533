"""A happening that the sentence's act is for, dated before the item was written ("O resultado final para a prova de
14 de fevereiro sai nesta segunda-feira", written on 10 March): the exam is over, no event; the act keeps its day.
"as inscrições para a prova de 14 de abril abrem nesta segunda-feira" still gives the exam (dating.dated_happenings).
Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import listed

ITEM = """Aviso

Source: Secretaria de Educação

10 de março de 2031

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected"), [
    ("O resultado final para a prova de 14 de fevereiro sai nesta segunda-feira.", ["2031-03-10"]),
    ("As inscrições para a prova de 14 de abril abrem nesta segunda-feira.", ["2031-03-10", "2031-04-14"]),
])
def test_a_happening_gone_by_is_no_event(sentence: str, expected: list[str]) -> None:
    assert listed(ITEM.format(sentence=sentence), dt.date(2031, 3, 1)) == expected
