"""Where a text's digits stand, found once, and the patterns that open with a digit tried only there. Pure.

The date grammar's anchors (datescan, lang) are several patterns whose every match opens with a
decimal digit; the years that name things (yearclues) open with "19" or "20". Each searched the
whole text on its own: the regex engine tests its first class at every character, and most of a
press release holds no digit (61 runs of digits in the 18,000 characters of the sample). The digits
are found once (the centuries by str.find); each pattern is then matched only there, which gives its
finditer's matches (tests/test_digitscan.py checks it).
"""

from __future__ import annotations

import re
from typing import AnyStr

_DIGITS = tuple(bytes([code]) for code in b"0123456789")
# A text with more digits than one character in this many (a table of figures, the bench's runs of digits) is
# searched by each pattern, as before: a call per digit from Python would cost more than the engine's scan.
DENSE = 16


def digit_positions(text: str) -> list[int] | None:
    """The positions of the decimal digits of `text` (\\d as str patterns read it, any script's), in order; None for
    a text dense with digits (see DENSE), which each pattern searches itself.

    The text is copied one byte a character, "?" for each beyond ASCII; bytes.find skips to each ASCII digit at
    memory speed (a class the engine tests at every character cost several times as much), and each character
    beyond ASCII is asked whether it is a decimal digit."""
    folded = text.encode("ascii", "replace")
    found = _found(folded, _DIGITS, len(text) // DENSE)
    if found is None:
        return None
    if not text.isascii():
        at = folded.find(b"?")
        while at >= 0:
            if text[at].isdecimal():  # ("?" itself is none)
                found.append(at)
            at = folded.find(b"?", at + 1)
    found.sort()
    return found


def century_starts(text: str) -> list[int] | None:
    """Where "19" or "20" stands in `text`, overlapping ones too ("2019"), in order: where a year of 1900-2099 may
    open. str.find skips to them at memory speed; a pattern opening with (?:19|20) tests a class at every position.
    None for a text dense with them (see DENSE)."""
    found = _found(text, ("19", "20"), len(text) // DENSE)
    if found is not None:
        found.sort()
    return found


def _found(haystack: AnyStr, needles: tuple[AnyStr, ...], most: int) -> list[int] | None:
    """Every position of each needle in `haystack` (overlapping ones too), needle by needle; None past `most`."""
    found: list[int] = []
    for needle in needles:
        at = haystack.find(needle)
        while at >= 0:
            if len(found) == most:
                return None
            found.append(at)
            at = haystack.find(needle, at + 1)
    return found


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))` for a pattern every match of which opens at one of `starts` (in order) and is
    not empty: a search tries each position left to right and goes on after a match's end, as this does. Without
    `starts` (a text dense with them), the pattern's own search."""
    if starts is None:
        return list(pattern.finditer(text))
    found: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            found.append(match)
            end = match.end()
    return found
