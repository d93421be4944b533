"""Word patterns searched only in texts that hold one of their words; line patterns only where lines start. Pure.

A pattern that opens with `\\b`, a look-behind or `(?i)` is tried by the regex engine at
every position of a text; `needle in text` runs at memory-scan speed. Every match of a
gated pattern contains one of its needles, so a text without any cannot match and is
skipped: the answer is the pattern's own, at a tenth of the cost on the many sentences
that hold none of the words (tests/test_gate.py checks both on every corpus).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

# Letters that (?i) matches to an ASCII letter of a needle while lower() keeps them apart: dotless 'ı' and long 'ſ'
# (an 'i' and an 's' to the engine), and the combining dot that 'İ' lowers to after its 'i' ("İzmir" -> "i̇zmir").
# A text holding one is searched by the pattern itself.
_APART = ("\u0131", "\u017f", "\u0307")


class Gated:
    """`pattern`, searched only where one of `needles` (lower case) occurs in the lower-cased text."""

    __slots__ = ("ascii", "beyond", "needles", "pattern", "plain")

    def __init__(self, pattern: re.Pattern[str], *needles: str) -> None:
        if not needles or any(n != n.lower() for n in needles):
            raise ValueError("a gate needs needles, in lower case")
        self.pattern = pattern
        self.needles = needles
        self.ascii = all(n.isascii() and "?" not in n for n in needles)  # looked for in the folded text (_folded)
        self.plain = tuple(n for n in needles if n.isascii() and "?" not in n)
        # The others ("même heure", "daı"), each with its folded form ("m?me heure", "da?"): see could_match.
        self.beyond = tuple((n, n.encode("ascii", "replace").decode("ascii")) for n in needles if n not in self.plain)

    def could_match(self, text: str) -> bool:
        folded, apart = _folded(text)
        if apart:
            return True
        for needle in self.plain:  # noqa: SIM110 (holds_any inlined: this runs ~800 times a copy, a call costs 0.4 M)
            if needle in folded:
                return True
        # A needle beyond ASCII is in the lowered text only where the folded text shows its folded form (each
        # character beyond ASCII a "?", the others as they are: _folded), or where the folded text is the lowered
        # one (a text with one of _folded's odd letters): the text is lowered only then, not for every text a gate
        # with such a needle is asked of (a paragraph beyond ASCII costs several times as much to lower as to fold).
        for needle, shown in self.beyond:
            if (shown in folded or needle in folded) and needle in _lowered(text)[0]:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.could_match(text) else None

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.pattern.sub(repl, text) if self.could_match(text) else text


def holds_any(lowered: str, words: tuple[str, ...]) -> bool:
    """Does `lowered` hold one of `words`?"""
    for word in words:  # noqa: SIM110 (a loop, not any(): the generator costs more than the scans)
        if word in lowered:
            return True
    return False


class LinePattern:
    """`pattern`, a pattern of whole lines (opening with ^, re.MULTILINE), searched only where a line starts.

    The engine tries a line's pattern at every position of a text, to fail at once where no line starts; the same
    pattern after a line feed is tried only at line feeds, which it skips to. The match is the pattern's own.
    """

    __slots__ = ("after_feed", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not pattern.pattern.startswith("^") or not pattern.flags & re.MULTILINE:
            raise ValueError("a line pattern opens with ^ and is compiled with re.MULTILINE")
        self.pattern = pattern
        self.after_feed = re.compile("\n" + pattern.pattern.removeprefix("^"), pattern.flags)

    def search(self, text: str) -> re.Match[str] | None:
        first = self.pattern.match(text)
        if first is not None:
            return first
        feed = self.after_feed.search(text)
        return None if feed is None else self.pattern.match(text, feed.start() + 1)


# The text last lowered, its lower case, and whether it holds a letter lower() keeps apart. A sentence or a block is
# often asked of by several gates in a row (a finding's negation, its deadline's look-behinds, a paragraph's rules):
# lowered and looked through once, not at each (a third of what the gates lowered on the sample). Only a memo: the
# answers are text.lower()'s; a tuple, replaced whole, so threads reading texts at once never see half of one.
_LAST_LOWERED: tuple[str, str, bool] = ("", "", False)


def _folded(text: str) -> tuple[str, bool]:
    """What _lowered gives, as far as needles of ASCII letters (without "?") can tell: the text's lower case, or
    where the text goes beyond ASCII, its ASCII letters lowered and "?" for every other character. An ASCII needle
    is in one exactly when it is in the other: lower() maps an ASCII letter to one ASCII letter and any other
    character to letters beyond ASCII, but "İ" (an "i" and a dot) and the Kelvin sign ("k"), which a text is lowered
    whole for. Lowering a text beyond ASCII maps each character through Unicode's tables, at several times the cost
    of the copies (most sentences hold a curly quote or a dash)."""
    global _LAST_FOLDED
    last, lowered = _LAST_FOLDED, _LAST_LOWERED
    if last[0] == text:
        return last[1], last[2]
    if lowered[0] == text:  # lowered already (a whole article's text, read by the readers of other languages)
        return lowered[1], lowered[2]
    if text.isascii():
        folded, apart = text.lower(), False
    elif "\u0131" in text or "\u017f" in text or "\u0307" in text or "\u0130" in text or "\u212a" in text:
        return _lowered(text)  # a letter lower() keeps apart from the one (?i) reads, or one it lowers to ASCII
    else:
        folded, apart = text.encode("ascii", "replace").decode("ascii").lower(), False
    _LAST_FOLDED = (text, folded, apart)
    return folded, apart


# The text last folded, its folding, and whether it holds a letter lower() keeps apart (see _LAST_LOWERED).
_LAST_FOLDED: tuple[str, str, bool] = ("", "", False)


def folded_case(text: str) -> str:
    """What lower_case gives, as far as looking for words of ASCII letters (without "?") in it can tell (see
    _folded), remembered for the next call with the same text."""
    return _folded(text)[0]


def lower_case(text: str) -> str:
    """`text.lower()`, remembered for the next call with the same text."""
    return _lowered(text)[0]


def _lowered(text: str) -> tuple[str, bool]:
    global _LAST_LOWERED
    last = _LAST_LOWERED
    if last[0] == text:  # the same object, or the same characters: compared at memory speed, not lowered again
        return last[1], last[2]
    lowered = text.lower()
    # str.isascii() reads a flag: the odd letters are looked for only in a text that could hold them.
    apart = not lowered.isascii() and any(letter in lowered for letter in _APART)
    _LAST_LOWERED = (text, lowered, apart)
    return lowered, apart
