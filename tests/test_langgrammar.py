"""The shape every reader of another language shares (parsers/langgrammar.py): its grammar of named forms, a
match's parts, and the gate that spares texts of other languages."""

from __future__ import annotations

import re

from parsers.langgrammar import compile_forms, gated_mentions, parts
from parsers.mentions import Mention

_GRAMMAR = compile_forms({"d": r"(?P<dd>\d\d?)\.\s*(?P<dm>maja)", "t": r"u\s+(?P<th>\d\d?)\s+sati"})


def _read(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    return Mention("time" if form == "t" else "day", *span) if groups["dd"] != "13" else None


def test_each_form_is_named_and_no_form_begins_inside_a_word_or_a_number() -> None:
    assert [m.lastgroup for m in _GRAMMAR.finditer("12. maja u 10 sati")] == ["f_d", "f_t"]
    assert _GRAMMAR.search("412. maja") is None
    assert _GRAMMAR.search("plu 10 sati") is None
    assert _GRAMMAR.search("2024/12. maja") is None


def test_parts_gives_the_form_its_groups_and_the_stripped_span() -> None:
    match = _GRAMMAR.search("on 12. maja ")
    assert match is not None
    form, groups, span = parts(match)
    assert (form, groups["dd"], groups["dm"], groups["th"]) == ("d", "12", "maja", None)
    assert span == (3, 11, "12. maja")


def test_a_text_is_read_only_with_a_hint_word_and_its_languages_marker() -> None:
    marker = re.compile(r"\bje\b")
    text = "Sjednica je 12. maja u 10 sati, a 13. maja nije."
    assert [m.text for m in gated_mentions(text, ("maja",), marker, _GRAMMAR, _read)] == ["12. maja", "u 10 sati"]
    assert gated_mentions(text, ("travnja",), marker, _GRAMMAR, _read) == []
    assert gated_mentions(text.replace(" je ", " ist "), ("maja",), marker, _GRAMMAR, _read) == []
    assert len(gated_mentions(text.replace(" je ", " ist "), ("maja",), None, _GRAMMAR, _read)) == 2
