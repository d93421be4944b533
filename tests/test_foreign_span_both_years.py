"""A German or French span whose ends each say their year ("vom 1. November 2031 bis zum 31. Oktober 2032", "du
1er novembre 2031 au 31 octobre 2032") keeps the first end's year; only a first end with no year of its own is put
in the year before when its month comes later ("vom 28. Dezember bis 2. Januar 2032"). Texts in our own words."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Die Ausstellung ist vom 1. November 2031 bis zum 31. Oktober 2032 zu sehen.", (2031, 11, 1), (2032, 10, 31)),
    ("L'exposition est ouverte du 1er novembre 2031 au 31 octobre 2032.", (2031, 11, 1), (2032, 10, 31)),
    ("Die Halle ist vom 28. Dezember bis 2. Januar 2032 geschlossen.", (2031, 12, 28), (2032, 1, 2)),
])
def test_each_end_keeps_its_year(text: str, first: tuple[int, int, int], last: tuple[int, int, int]) -> None:
    [span] = [m for m in find_mentions(text, "") if m.kind == "span"]
    assert span.first is not None
    assert span.last is not None
    assert (span.first.year, span.first.month, span.first.day) == first
    assert (span.last.year, span.last.month, span.last.day) == last
