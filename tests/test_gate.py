"""A gated pattern answers as its pattern does: its needles only skip texts that cannot match."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parsers
from parsers.gate import Gated, lower_case

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
_TAG = re.compile(r"<[^>]*>")


def _gates() -> list[tuple[str, Gated]]:
    found = []
    for info in pkgutil.iter_modules(parsers.__path__):
        module = importlib.import_module(f"parsers.{info.name}")
        found += [(f"{info.name}.{name}", value) for name, value in vars(module).items() if isinstance(value, Gated)]
    return found


def _lines() -> list[str]:
    """Every line of every corpus and saved page we have, as written and lower-cased."""
    paths = sorted((ROOT / "tests" / "fixtures").rglob("*.txt")) + sorted((ROOT / "tests" / "fixtures").rglob("*.html"))
    if SHARED.is_dir():
        paths += sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "pages").rglob("*.htm*"))
    lines = []
    for path in paths:
        text = _TAG.sub(" ", path.read_text(encoding="utf-8", errors="replace"))
        lines += [line for line in text.splitlines() if line.strip()]
    return lines + [line.lower() for line in lines]


GATES = _gates()


def test_the_parsers_gate_their_slowest_word_patterns() -> None:
    names = {name for name, _ in GATES}
    assert {"logistics.LOGISTICS", "recorded.MINUTES_HEADING", "recurring._RECURRING"} <= names


@pytest.mark.parametrize(("name", "gate"), GATES, ids=[name for name, _ in GATES])
def test_a_gate_finds_what_its_pattern_finds(name: str, gate: Gated) -> None:
    lines = _lines()
    for line in lines:
        plain = gate.pattern.search(line)
        gated = gate.search(line)
        assert (plain and plain.span()) == (gated and gated.span()), f"{name} differs on {line!r}"
    assert len(lines) > 1000


@pytest.mark.parametrize(
    ("text", "needles", "expected"),
    [
        ("Approval of the Minutes", ("minutes",), True),  # the needle is compared lower-cased
        ("Approval of the agenda", ("minutes",), False),
        ("UNREGISTERED", ("regist",), True),  # a needle is a part of a word, not a word
    ],
)
def test_a_needle_is_found_whatever_its_case(text: str, needles: tuple[str, ...], expected: bool) -> None:
    assert Gated(re.compile("x"), *needles).could_match(text) is expected


def test_a_gate_refuses_needles_that_could_never_be_found() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Gated(re.compile("Minutes"), "Minutes")
    with pytest.raises(ValueError, match="needles"):
        Gated(re.compile("x"))



# Letters that (?i) reads as 'i' or 's' but lower() keeps apart: a gate must not skip a text for holding them.
_ODD = {"i": ("\u0131", "\u0130"), "s": ("\u017f",)}


# (only gates with a needle that holds an "i" or an "s" can be spelt so)
SPELT_APART = [(name, gate) for name, gate in GATES if any(plain in n for n in gate.needles for plain in _ODD)]


@pytest.mark.parametrize(("name", "gate"), SPELT_APART, ids=[name for name, _ in SPELT_APART])
def test_a_gate_lets_through_the_letters_lower_keeps_apart(name: str, gate: Gated) -> None:
    # Lines the pattern matches, with the needle they hold spelt with an odd letter.
    variants = []
    for line in _lines():
        lowered = line.lower()
        for needle in (n for n in gate.needles if n in lowered):
            for plain, odd_letters in _ODD.items():
                start = lowered.index(needle)
                variants += [line[:start] + needle.replace(plain, odd) + line[start + len(needle):]
                             for odd in odd_letters if plain in needle]
        if len(variants) > 50:
            break
    assert variants, f"{name}: no line of the corpora holds a needle"
    for text in variants:
        found = gate.pattern.search(text)
        gated = gate.search(text)
        assert (found and found.span()) == (gated and gated.span()), f"{name} differs on {text!r}"


def test_a_text_asked_again_is_lowered_as_before() -> None:
    """The last text lowered is remembered: an equal text (another object) gets its lower case, another text its own."""
    minutes = Gated(re.compile("x"), "minutes")
    held = Gated(re.compile("x"), "held")
    texts = ["Approval of the MINUTES", "Approval of the MINUTES", "".join(["Approval of the ", "MINUTES"]),
             "Approval of the agenda", "", "Meeting HELD", "Meeting HELD", "İstanbul ſ", "Approval of the MINUTES"]
    for text in texts:
        odd = any(letter in text.lower() for letter in ("\u0131", "\u017f", "\u0307"))  # let through, see gate.py
        assert lower_case(text) == text.lower()
        assert minutes.could_match(text) is ("minutes" in text.lower() or odd)
        assert held.could_match(text) is ("held" in text.lower() or odd)


def _answer_on_the_lower_case(gate: Gated, text: str) -> bool:
    """could_match as it was before folding: on text.lower(), letting through the letters lower() keeps apart."""
    lowered = text.lower()
    return any(odd in lowered for odd in ("\u0131", "\u017f", "\u0307")) or any(n in lowered for n in gate.needles)


ASCII_GATES = [(name, gate) for name, gate in GATES if gate.ascii]


def test_most_gates_have_ascii_needles() -> None:
    assert len(ASCII_GATES) > 40
    assert not Gated(re.compile("x"), "après").ascii
    assert not Gated(re.compile("x"), "what?").ascii


@pytest.mark.parametrize(("name", "gate"), ASCII_GATES, ids=[name for name, _ in ASCII_GATES])
def test_a_gate_of_ascii_needles_answers_on_the_folded_text_as_on_the_lower_case(name: str, gate: Gated) -> None:
    for line in _lines():
        assert gate.could_match(line) is _answer_on_the_lower_case(gate, line), f"{name} differs on {line!r}"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["MINUTES", "minutes", "Held", "HOLD", " ", "\n", "?", "é", "’", "\u212a", "\u0130",
                                 "\u0131", "\u017f", "\u0307", "\u00c9", "\u03a3", "x", "ing", "DAILY", "dai"]),
                max_size=8),
       st.sampled_from(ASCII_GATES))
def test_a_gate_of_ascii_needles_agrees_on_any_text(words: list[str], named: tuple[str, Gated]) -> None:
    text = "".join(words)
    assert named[1].could_match(text) is _answer_on_the_lower_case(named[1], text), text


@pytest.mark.parametrize(
    ("text", "needle", "expected", "why"),
    [
        ("The \u212aelvin scale", "kelvin", True, "the Kelvin sign lowers to an ASCII k: the text is lowered whole"),
        ("The Kelvin scale\u2019s", "kelvin", True, "beyond ASCII elsewhere: the ASCII letters are lowered"),
        ("caf\u00e9 MINUTES", "minutes", True, "an accented letter folds to '?', the needle's letters stay"),
        ("caf\u00e9", "caf?", False, "(a needle holding '?' is not folded: it would meet every folded letter)"),
        ("\u0130stanbul", "held", True, "'\u0130' lowers to an i and a dot, which (?i) reads apart: let through"),
        ("\u03a3\u039f\u03a3 held", "held", True, "final sigma and other letters beyond ASCII"),
        ("\u00c9t\u00e9 2024", "held", False, "none of the needle"),
    ],
)
def test_a_folded_text_holds_an_ascii_needle_where_its_lower_case_does(text: str, needle: str, expected: bool,
                                                                       why: str) -> None:
    gate = Gated(re.compile("x"), needle)
    assert gate.could_match(text) is expected, why
    assert _answer_on_the_lower_case(gate, text) is expected, why
