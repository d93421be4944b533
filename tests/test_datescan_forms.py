"""The date grammar tried form by form, only the forms that may open with a word's first character (datescan), gives
GRAMMAR's own match."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import datescan
from parsers.clockforms import FORM_PATTERNS, FORMS, GRAMMAR
from tests.test_fast_patterns import _TAG, ROOT, SHARED

_ANY = None  # a pattern that may open with any character


def _opening(items: list[Any]) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed `items` may open with ("\\d" for any digit; _ANY for any character),
    and whether it may match the empty string. A superset: look-arounds are passed over."""
    chars: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no character: the next item opens the match
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    chars.add(chr(value))
                elif kind is sre.RANGE:
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                    chars.add("\\d")
                else:
                    return _ANY, False
            return chars, False
        if op is sre.SUBPATTERN:
            if av[1] & sre.SRE_FLAG_IGNORECASE:
                return _ANY, False
            branches = [list(av[3])]
        elif op is sre.BRANCH:
            branches = [list(b) for b in av[1]]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            branches = [list(av[2])] + ([[]] if av[0] == 0 else [])
        elif op is sre.GROUPREF_EXISTS:
            branches = [list(av[1]), list(av[2]) if av[2] else []]
        else:
            return _ANY, False
        empty = False
        for branch in branches:
            found, may_be_empty = _opening(branch)
            if found is _ANY:
                return _ANY, False
            chars |= found
            empty = empty or may_be_empty
        if not empty:
            return chars, False
    return chars, True


@pytest.mark.parametrize("name", list(FORMS))
def test_each_form_opens_only_with_the_characters_the_table_gives(name: str) -> None:
    chars, may_be_empty = _opening(list(sre_parse.parse(FORMS[name])))
    assert chars is not _ANY, f"{name}: may open with anything"
    assert not may_be_empty, f"{name}: may be empty"
    if "\\d" in chars:  # any digit: the ASCII ones from the table, the others are tried with every form
        chars = (chars - {"\\d"}) | set("0123456789")
    table = set(datescan._OPENS_WITH[name])
    assert chars <= table, f"{name} opens with {sorted(chars - table)} too"


def test_the_forms_are_grammars_alternatives_in_order() -> None:
    assert list(FORM_PATTERNS) == list(FORMS) == list(datescan._OPENS_WITH)
    assert [name[2:] for name in GRAMMAR.groupindex if name.startswith("f_")] == list(FORMS)


def _dispatched(text: str, at: int, endpos: int) -> re.Match[str] | None:
    for form in datescan._FORMS_OPENING.get(text[at], datescan._EVERY_FORM):
        match = form.match(text, at, endpos)
        if match is not None:
            return match
    return None


def _same(text: str, at: int) -> None:
    expected, found = GRAMMAR.match(text, at, at + 160), _dispatched(text, at, at + 160)
    if expected is None or found is None:
        assert expected is found is None, text[at : at + 80]
        return
    assert (found.span(), found.lastgroup) == (expected.span(), expected.lastgroup), text[at : at + 80]
    assert found.groupdict() == {k: v for k, v in expected.groupdict().items() if k in found.re.groupindex}


def _texts() -> list[str]:
    paths = sorted((ROOT / "tests" / "fixtures").rglob("*.txt")) + sorted((ROOT / "tests" / "fixtures").rglob("*.html"))
    if SHARED.is_dir():
        paths += sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "pages").rglob("*.htm*"))
    texts = [_TAG.sub(" ", path.read_text(encoding="utf-8", errors="replace")) for path in paths]
    return texts + [text.lower() for text in texts]


def test_every_word_start_the_scan_tries_gets_grammars_match() -> None:
    tried = matched = 0
    for text in _texts():
        for word in datescan._WORD_START.finditer(text):
            opening = word.group()
            if opening[0].isdigit() or opening.lower() in datescan._OPENING_WORDS:
                _same(text, word.start())
                tried += 1
                matched += GRAMMAR.match(text, word.start(), word.start() + 160) is not None
    assert tried > 10000
    assert matched > 1000


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["on", "On", "from", "From", "the", "at", "At", "between", "to", "and", "-", "–", " ",
                                 ", ", ".", ":", "/", "1", "2", "12", "21", "31", "2023", "10:30", "9.15", "am", "p.m.",
                                 "h", "hrs", "Monday", "Tue", "friday", "November", "Nov.", "march", "May", "day",
                                 "same", "next", "noon", "Noon", "tomorrow", "today", "twenty-first", "st", "th",
                                 "\u0663", "\u0661\u0662", "CET", "(", ")", "VIII", "o'clock", "in the morning"]),
                max_size=12))
def test_any_text_of_date_words_gets_grammars_match(parts: list[str]) -> None:
    text = "".join(parts)
    for at in range(len(text)):
        _same(text, at)
