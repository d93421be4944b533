"""A Hindi run of days is one span: "18 से 21 दिसंबर तक" (from the 18th to the 21st of December), "28 नवंबर से 3 दिसंबर
तक" (across two months), "18-21 दिसंबर 2023" (with a dash and its year), not the last day alone or two single days
(world-hundredfortieth 5: a state assembly's winter session "18 से 21 दिसंबर तक"). Texts in our own words."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions

# (text, expected (month, day) of first and last, why)
CASES = [
    ("बजट सत्र 9 से 27 मार्च तक चलेगा।", ((3, 9), (3, 27)), "से ... तक, one month"),
    ("सम्मेलन 28 नवंबर से 3 दिसंबर तक होगा।", ((11, 28), (12, 3)), "across two months"),
    ("कार्यशाला 4 जुलाई से 6 जुलाई तक आयोजित होगी।", ((7, 4), (7, 6)), "each day with its month"),
    ("मानसून सत्र 15-19 सितंबर 2031", ((9, 15), (9, 19)), "a dash and the year"),
]


@pytest.mark.parametrize(("text", "expected", "why"), CASES)
def test_hindi_day_spans(text: str, expected: tuple[tuple[int, int], tuple[int, int]], why: str) -> None:
    spans = [m for m in find_mentions(text) if m.kind == "span"]
    assert len(spans) == 1, why
    first, last = spans[0].first, spans[0].last
    assert first is not None
    assert last is not None
    assert ((first.month, first.day), (last.month, last.day)) == expected, why


def test_hindi_clock_range_is_no_span() -> None:
    """Hours "from 11 o'clock to 1.30" are two times, not days."""
    assert {m.kind for m in find_mentions("बैठक सुबह 11 बजे से दोपहर 1.30 बजे तक होगी।")} == {"time"}
