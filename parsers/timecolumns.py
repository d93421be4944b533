"""Tables whose column heads are clock times, pasted one cell per line. Pure.

    DATE                          Monday, 14 Feb 2022 09H00: Courtesy call on the Governor
    09H00 SESSION                 Monday, 14 Feb 2022 11H00: Pupils of a primary school
    11H00 SESSION         ->      Tuesday, 15 Feb 2022 09H00: Youth groups
    Monday, 14 Feb 2022           Tuesday, 15 Feb 2022 11H00: Learners of two schools
    Courtesy call on the Governor
    Pupils of a primary school
    Tuesday, 15 Feb 2022
    Youth groups
    Learners of two schools

A row opens with its date and holds one cell per head, in order: each cell happens at its column's time on the
row's day. The lines are rewritten as such, one a line, so the rest of the reading takes them like any dated list.
"""

from __future__ import annotations

import re

# A head: a clock with minutes ("09H00", "14:30", "9.30 am") or an hour with am/pm, and at most two words after it
# ("SESSION", "Morning session").
_HEAD = re.compile(r"(?P<clock>(?:[01]?\d|2[0-3])[:.hH][0-5]\d(?:\s*[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?)"
                   r"(?:\s+[^\W\d]+){0,2}", re.IGNORECASE)
# A month's and a weekday's English name, in a table's cell (labelcolumns reads cells the same way).
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?"
# A row's first cell: a date alone ("Monday, 14 Feb 2022", "Tue 15 March", "March 15, 2022").
_DATE = re.compile(rf"(?:{WEEKDAY_WORD}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}"
                   rf"|{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)(?:\s+\d{{4}})?", re.IGNORECASE)
# The head over the dates: "DATE", "Day", "Date / Time".
_DATE_HEAD = re.compile(r"(?:date|day|dates|days)(?:\s*/\s*time)?", re.IGNORECASE)
_CELL_LIMIT = 160  # characters: a cell is short; prose ends the table


def time_columns(lines: list[str]) -> list[str]:
    """`lines` with a table of clock-time columns, if one begins at a run of two or more heads, as dated lines."""
    if any(" | " in line for line in lines):
        return _barred(lines)
    if len(lines) < 5 or not any(_HEAD.fullmatch(line) for line in lines):
        return lines
    for at in range(len(lines) - 3):
        heads = _heads_at(lines, at)
        if len(heads) < 2:
            continue
        first_row = at + len(heads)
        rows, stop = _rows(lines, first_row, len(heads))
        if not rows:
            continue
        label = 1 if at > 0 and _DATE_HEAD.fullmatch(lines[at - 1]) else 0
        dated = [f"{date} {heads[k]}: {cell}" for date, cells in rows for k, cell in enumerate(cells)]
        return [*lines[: at - label], *dated, *lines[stop:]]
    return lines


def _heads_at(lines: list[str], at: int) -> list[str]:
    """The clocks of the run of heads starting at `at` (none when there is no run)."""
    clocks: list[str] = []
    words = None  # what follows each clock, the same in every head ("SESSION") or nothing: no programme's rows
    for line in lines[at:]:
        head = _HEAD.fullmatch(line)
        if head is None or words is not None and line[head.end("clock"):].strip().lower() != words:
            break
        words = line[head.end("clock"):].strip().lower()
        clocks.append(head.group("clock"))
    return clocks


def _rows(lines: list[str], start: int, width: int) -> tuple[list[tuple[str, list[str]]], int]:
    """The rows from `start` on, each a date line and `width` cells that are no dates, and where they stop."""
    rows = []
    at = start
    while at + width < len(lines) and _DATE.fullmatch(lines[at]):
        cells = lines[at + 1 : at + 1 + width]
        if len(cells) < width or any(_DATE.fullmatch(c) or _HEAD.fullmatch(c) or len(c) > _CELL_LIMIT for c in cells):
            break
        rows.append((lines[at], cells))
        at += 1 + width
    return rows, at


def _barred(lines: list[str]) -> list[str]:
    """The same table with its rows kept whole, cells between bars: "DATE | 09H00 SESSION | 11H00 SESSION", then
    "Monday, 14 Feb 2022 | Courtesy call | School visit"."""
    for at, line in enumerate(lines):
        cells = line.split(" | ")
        if len(cells) < 3 or not _DATE_HEAD.fullmatch(cells[0]):
            continue
        heads = [_HEAD.fullmatch(cell) for cell in cells[1:]]
        if not all(heads) or len({cell[head.end("clock"):].strip().lower()
                                  for cell, head in zip(cells[1:], heads, strict=True) if head}) != 1:
            continue
        clocks = [head.group("clock") for head in heads if head]
        dated: list[str] = []
        stop = at + 1
        while stop < len(lines) and len(row := lines[stop].split(" | ")) == len(cells) and _DATE.fullmatch(row[0]):
            dated.extend(f"{row[0]} {clock}: {cell}" for clock, cell in zip(clocks, row[1:], strict=True)
                         if cell.strip(" -–—"))
            stop += 1
        if dated:
            return [*lines[:at], *dated, *lines[stop:]]
    return lines
