"""Where a text's digits stand, found in one scan, and the patterns that open with a digit tried only there. Pure.

The date grammar's anchors (datescan, lang) are several patterns whose every match opens with a
decimal digit; the years that name things (yearclues) open with "19" or "20". Each searched the
whole text on its own: the regex engine tests its first class at every character, and most of a
press release holds no digit (61 runs of digits in the 18,000 characters of the sample). The digits
are found once (the centuries by str.find); each pattern is then matched only there, which gives its
finditer's matches (tests/test_digitscan.py checks it).
"""

from __future__ import annotations

import re

# Every decimal digit, \d as str patterns read it (any script's): the cheap class (0-9 and all but ASCII, a bitmap
# test) then checked behind, so the engine tests no Unicode category at every position.
_DIGIT = re.compile(r"[^\x00-/:-\x7f](?<=\d)")


def digit_positions(text: str) -> list[int]:
    """The positions of the decimal digits of `text`, in order."""
    return [m.start() for m in _DIGIT.finditer(text)]


def century_starts(text: str) -> list[int]:
    """Where "19" or "20" stands in `text`, overlapping ones too ("2019"), in order: where a year of 1900-2099 may
    open. str.find skips to them at memory speed; a pattern opening with (?:19|20) tests a class at every position."""
    found = []
    for century in ("19", "20"):
        at = text.find(century)
        while at >= 0:
            found.append(at)
            at = text.find(century, at + 1)
    found.sort()
    return found


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))` for a pattern every match of which opens at one of `starts` (in order) and is
    not empty: a search tries each position left to right and goes on after a match's end, as this does."""
    found: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            found.append(match)
            end = match.end()
    return found
