"""A table pasted one cell per line under its column heads, one of them the date's. Pure.

    Release                                  September 19, 2017: Business register
    Period covered                           September 20, 2017: Retail prices
    Release date                     ->      (the n-th cell of a row is under the n-th head; the date's
    Business register                        column gives each row its day, the first other cell names it)
    1st half of 2017
    September 19, 2017
    Retail prices
    August 2017
    September 20, 2017

Read as they stand, each date line would date the line after it, the next row's name: every row a row off. The rows
are rewritten as dated lines, the date first, so the rest of the reading takes them like any dated list. (Tables
whose heads are clock times are timecolumns.py's; labels pasted before their cells, labelcolumns.py's.)
"""

from __future__ import annotations

import re

from parsers.timecolumns import MONTH_WORD, WEEKDAY_WORD

# The date's head: "Release date", "Date", "Publication date", "Date of release".
_DATE_HEAD = re.compile(r"(?:(?:release|publication|meeting|event)\s+)?dates?(?:\s+of\s+(?:release|publication))?",
                        re.IGNORECASE)
# A cell that is a date alone ("September 19, 2017", "Tuesday, 19 September 2017", "19 Sep 2017").
_DATE = re.compile(rf"(?:{WEEKDAY_WORD}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}"
                   rf"|{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)(?:\s+\d{{4}})?", re.IGNORECASE)
_HEAD_LIMIT = 30  # characters: a column's head is a word or three
_CELL_LIMIT = 160  # characters: a cell is short; prose ends the table
_FEWEST_ROWS = 2
_WIDTHS = (2, 3, 4)


def headed_cells(lines: list[str]) -> list[str]:
    """`lines` with a table pasted one cell a line under heads, one of them the date's, as dated lines."""
    if len(lines) < 2 + _FEWEST_ROWS * 2 or not any(_DATE_HEAD.fullmatch(line) for line in lines):
        return lines
    for at, line in enumerate(lines):
        if not _DATE_HEAD.fullmatch(line):
            continue
        for width in _WIDTHS:
            for where in range(width):  # the date's head may be any of the heads
                start = at - where
                heads = lines[start : start + width]
                if start < 0 or len(heads) < width or not _heads(heads) or start > 0 and _heads([lines[start - 1]]):
                    continue  # (a head-like line before the heads: they are not all, and each row would be off)
                rows, stop = _rows(lines, start + width, width, where)
                if len(rows) >= _FEWEST_ROWS:
                    return [*lines[:start], *rows, *lines[stop:]]
    return lines


# A head of a clock's column ("Time", "Hours"): such a table's rows are read where their clocks are (advisory.py).
_TIME_HEAD = re.compile(r"\b(?:time|times|hours?)\b", re.IGNORECASE)


def _heads(heads: list[str]) -> bool:
    """Short lines with no figure and no clock's column, at most one of them the date's head."""
    return all(len(h) <= _HEAD_LIMIT and not re.search(r"\d", h) and not _TIME_HEAD.search(h) for h in heads) \
        and sum(1 for h in heads if _DATE_HEAD.fullmatch(h)) <= 1


def _rows(lines: list[str], start: int, width: int, where: int) -> tuple[list[str], int]:
    """The rows from `start` on as dated lines ("September 19, 2017: Business register"), and where they stop: each
    `width` cells, a date alone at `where`, no other cell a date alone."""
    rows = []
    at = start
    while at + width <= len(lines):
        cells = lines[at : at + width]
        others = [c for k, c in enumerate(cells) if k != where]
        if not _DATE.fullmatch(cells[where]) or any(_DATE.fullmatch(c) or len(c) > _CELL_LIMIT for c in others):
            break
        rows.append(f"{cells[where]}: {others[0]}")
        at += width
    return rows, at
