"""A gated pattern answers as its pattern does: its needles only skip texts that cannot match."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

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
    assert {"reading.LOGISTICS", "notevents.MINUTES_HEADING", "recurring._RECURRING"} <= names


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


def test_a_text_asked_again_is_lowered_as_before() -> None:
    """The last text lowered is remembered: an equal text (another object) gets its lower case, another text its own."""
    minutes = Gated(re.compile("x"), "minutes")
    held = Gated(re.compile("x"), "held")
    texts = ["Approval of the MINUTES", "Approval of the MINUTES", "".join(["Approval of the ", "MINUTES"]),
             "Approval of the agenda", "", "Meeting HELD", "Meeting HELD", "İstanbul ſ", "Approval of the MINUTES"]
    for text in texts:
        assert lower_case(text) == text.lower()
        assert minutes.could_match(text) is ("minutes" in text.lower())
        assert held.could_match(text) is ("held" in text.lower())
