"""A run begun and told to go on ("The exhibition opened on 20 October and runs until 30 November") is one span under
way from its first day to its last: its first day, told in the past, is no history, and a short line of it is no date
line. A run told wholly in the past ("opened on 20 October and ran until 30 October") stays history. Items in our own
words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Museum notes

Source: A city museum

Published: 1 November 2030

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("The exhibition in Hull opened on 20 October and runs until 30 November.", ["2030-10-20..2030-11-30"],
     "a short line: opened, then runs until"),
    ("The print fair at the old corn exchange in Hull started on 28 October and closes on 8 November.",
     ["2030-10-28..2030-11-08"], "started, then closes on"),
    ("The exhibition in Hull opened on 20 October and ran until 30 October.", [], "a run told wholly in the past"),
])
def test_a_run_under_way(sentence: str, expected: list[str], why: str) -> None:
    assert listed(ITEM.format(sentence=sentence)) == expected, why
