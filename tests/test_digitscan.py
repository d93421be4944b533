"""The digit-led patterns tried only at a text's digits find what their search of the whole text finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import datescan, digitscan, lang, yearclues
from tests.test_fast_patterns import _texts

# Every pattern matched at the digits: each match opens with a digit.
_DIGIT_LED = [datescan._NUMBER_ANCHOR, datescan._RUN_TOGETHER, datescan._DOTTED_YEAR_FIRST, lang._DIGIT_ANCHOR]


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        ("", [], "no text"),
        ("no digits here", [], "none"),
        ("21 November 2023", [0, 1, 12, 13, 14, 15], "every digit, not runs"),
        ("\u0662\u0661 x \uff11", [0, 1, 5], "digits of other scripts, as \\d reads them"),
        ("\u00b2 \u00bd \u2460", [], "superscripts, fractions, circled numbers are no decimal digits"),
        ("?1? \ud800 2", [1, 6], "question marks and a lone surrogate beside digits"),
    ],
)
def test_digit_positions(text: str, expected: list[int], why: str) -> None:
    text = _sparse(text)
    assert digitscan.digit_positions(text) == expected, why
    assert expected == [m.start() for m in re.finditer(r"\d", text)], why


def _sparse(text: str) -> str:
    """`text` followed by enough letters that its digits are not dense (see digitscan.DENSE)."""
    return text + "x" * (digitscan.DENSE * len(text))


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2024 " + "1 " * 100, "a run of figures"),
        ("1234567890" * 100, "only digits"),
        ("19" * 50 + "20" * 50, "years upon years"),
    ],
)
def test_a_text_dense_with_digits_is_searched_by_each_pattern(text: str, why: str) -> None:
    assert digitscan.digit_positions(text) is None, why
    for pattern in _DIGIT_LED + _YEAR_LED:
        assert [m.span() for m in digitscan.matches_at(pattern, text, None)] == \
            [m.span() for m in pattern.finditer(text)], why
    assert digitscan.century_starts("19" * 50) is None

# Every pattern matched where a century stands: each match opens with "19" or "20".
_YEAR_LED = [yearclues._NAMING_YEAR, yearclues._ANY_YEAR, yearclues._SEASON]


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        ("", [], "no text"),
        ("in 2019", [3, 5], "a century and the year's last two digits"),
        ("202020", [0, 2, 4], "overlapping ones, each"),
        ("1919 and 1920", [0, 2, 9, 11], "both centuries, in order"),
        ("\uff12\uff10\uff11\uff19 1 9", [], "only the ASCII digits the patterns spell"),
    ],
)
def test_century_starts(text: str, expected: list[int], why: str) -> None:
    assert digitscan.century_starts(_sparse(text)) == expected, why


def test_the_digits_are_where_the_engine_finds_them_in_every_text() -> None:
    for text in _texts():
        expected = [m.start() for m in re.finditer(r"\d", text)]
        found = digitscan.digit_positions(text)
        assert found == expected or (found is None and len(expected) * digitscan.DENSE > len(text)), text[:200]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("09?x \n\u00e9\u2019\u0663\u06f5\u0967\uff15\U0001d7d8\u00b2\u2460")),
               max_size=20))
def test_the_digits_are_where_the_engine_finds_them_in_any_text(text: str) -> None:
    expected = [m.start() for m in re.finditer(r"\d", _sparse(text))]
    assert digitscan.digit_positions(_sparse(text)) == expected


def test_the_digit_led_patterns_match_at_the_digits_as_their_search_does() -> None:
    found = 0
    for text in _texts():
        digits = digitscan.digit_positions(text)
        for pattern in _DIGIT_LED:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in digitscan.matches_at(pattern, text, digits)] == expected, text[:200]
            found += len(expected)
        centuries = digitscan.century_starts(text)
        for pattern in _YEAR_LED:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in digitscan.matches_at(pattern, text, centuries)] == expected, text[:200]
            found += len(expected)
    assert found > 1000


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["1", "12", "2023", "19", "20", "2017-18", "2019/20", "–", "season", "Cup ",
                                 "9.15", "14:30", "730", "AM", "pm", "12NN", "2026.10.04", " ",
                                 ".", ",", "-", "\n", "Uhr", "h", "er", "März", "November", "Nov.", "\u0661", "x",
                                 "\u00e9", "’"]), max_size=14))
def test_the_digit_led_patterns_agree_on_any_text(words: list[str]) -> None:
    text = "".join(words)
    digits = digitscan.digit_positions(text)
    for pattern in _DIGIT_LED:
        assert [m.span() for m in digitscan.matches_at(pattern, text, digits)] == \
            [m.span() for m in pattern.finditer(text)], text
    for pattern in _YEAR_LED:
        assert [m.span() for m in digitscan.matches_at(pattern, text, digitscan.century_starts(text))] == \
            [m.span() for m in pattern.finditer(text)], text
