"""A Hindi span of two months across the turn of a year, "28 दिसंबर से 3 जनवरी तक": read as its two days, as
mentions.ordered_span reads "from 28 December to 2 January", not lost (the span's form, which takes both days from
the form of one day). "18 से 21 दिसंबर तक" and "28 नवंबर से 3 दिसंबर तक" stay one span. Texts of our own."""

from __future__ import annotations

import pytest

from parsers.lang_devanagari import devanagari_mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("मेला 28 दिसंबर से 3 जनवरी तक चलेगा।", [("day", "28 दिसंबर"), ("day", "3 जनवरी")]),
    ("मेला 28 दिसंबर से 3 जनवरी 2031 तक चलेगा।", [("day", "28 दिसंबर"), ("day", "3 जनवरी 2031")]),
    ("मेला 18 से 21 दिसंबर तक चलेगा।", [("span", "18 से 21 दिसंबर तक")]),
    ("मेला 28 नवंबर से 3 दिसंबर तक चलेगा।", [("span", "28 नवंबर से 3 दिसंबर तक")]),
])
def test_span_or_its_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.kind, m.text) for m in devanagari_mentions(text)] == expected
