"""Rows run together on one line, each a name and its day in brackets, parted by semicolons. Pure.

    Health (9 Mar); Education (10 Mar); Transport (12 Mar);      Health (9 Mar)
                                                          ->      Education (10 Mar)
                                                                  Transport (12 Mar)

A review calendar, a round of hearings or a tour lists who comes on which day so, several to a line. Each pair is a
row of its own, set one a line, so that it is read as the rows of a list that give their name first and their date
last (namefirstrows.py). A line that holds anything else between its pairs (a sentence, a second date in a pair) is
left as it was.
"""

from __future__ import annotations

import re

from parsers.timecolumns import MONTH_WORD, WEEKDAY_WORD

# A day in brackets: "(17 Feb)", "(Feb 17)", "(Tuesday 17 February)", "(17th February 2015)".
_DAY = (rf"(?:{WEEKDAY_WORD}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}|{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
        r"(?:,?\s+\d{4})?")
# One pair: a short name that opens with a capital and holds no bracket or semicolon, then its day in brackets.
_PAIR = re.compile(rf"\s*(?P<name>[^\W\d_][^();]{{0,60}}?)\s*\((?P<day>{_DAY})\)\s*", re.IGNORECASE)
_LEAST = 2  # pairs on a line: one pair alone is a row already


def _pairs(line: str) -> list[str] | None:
    """The line's pairs, each as written ("Gabon (17 Feb)"), when the line is nothing but two or more of them."""
    parts = [part for part in line.split(";") if part.strip()]
    if len(parts) < _LEAST:
        return None
    out: list[str] = []
    for part in parts:
        pair = _PAIR.fullmatch(part)
        if pair is None or not pair["name"][:1].isupper():
            return None
        out.append(f"{pair['name']} ({pair['day']})")
    return out


def paired_rows(lines: list[str]) -> list[str]:
    """The lines, each line of two or more "Name (day)" pairs parted by semicolons set one pair a line."""
    if not any(";" in line and "(" in line for line in lines):
        return lines  # (most texts: no such line, nothing to split)
    out: list[str] = []
    for line in lines:
        pairs = _pairs(line) if ";" in line and "(" in line else None
        out.extend(pairs if pairs is not None else [line])
    return out


def is_pair(text: str) -> bool:
    """Is the line one name and its day in brackets ("Gabon (17 Feb)"), nothing else?"""
    pair = _PAIR.fullmatch(text)
    return pair is not None and pair["name"][:1].isupper()


def among_pairs(text: str, chunk: int, near: list[tuple[str, int]]) -> bool:
    """Is the line such a pair next to another in the same run of lines (`near`: the texts and runs of the lines
    around it)? Then it is a row of a list ("Gabon (17 Feb)" over "Azerbaijan (18 Feb)"), not a town's dateline
    with its date in brackets ("Washington (March 4, 2019)"), which stands alone."""
    return is_pair(text) and any(other != text and run == chunk and is_pair(other) for other, run in near)
