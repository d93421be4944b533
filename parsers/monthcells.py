"""A table pasted a cell a line whose date column gives only the day of the month, the month and year named once
above it: its day cells written out whole before the body is split into blocks. Pure.

    Council meetings in December 2019        the month and year, in the title or a short line above the table
    Date / Time / Venue                      the header, one cell a line, the date column first
    12 / 9.30am / Civic Offices              each row's first cell, "12", is 12 December 2019
    2 10am / Community Board, Lyttelton      a row whose day and time share a line counts as two cells

A date cell split in two, the day's number on a line of its own over its month and year, is made one line first:

    12 / March 2024 / Preliminary results     "12" over "March 2024" is "12 March 2024"
"""

from __future__ import annotations

import re

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
# The header's date cell: "Date", "Dates", "Day", with or without a colon, on a line of its own.
_HEADER = re.compile(r"(?im)^[ \t|]*(?:dates?|day)(?:[ \t]*:?[ \t]*$|[ \t]*(?:\||\t| {2,}))")
# A header after a line's end, searched before the header's search of every line (a pattern that opens with a
# character is found by a fast scan for it): most bodies hold none.
_HEADER_AFTER_LINE = re.compile(r"\n[ \t|]*(?:[Dd]ates?|[Dd]ay|DATES?|DAY)[ \t]*(?:\n|\t|\||  |:|\Z)")
_MONTH_YEAR = re.compile(r"\b(?P<month>" + "|".join(_MONTH_NAMES) + r")\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_ANY_MONTH = re.compile(r"\b(?:" + "|".join(name.capitalize() for name in _MONTH_NAMES) + r")\b")
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?[\s,]*$")  # "12 December 2019" is a date, not a month's name
# A first cell: the day's number alone, or with the row's time after it ("2 10am").
_DAY_CELL = re.compile(r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?P<clock>\s+\d{1,2}(?:[.:]\d\d)?\s*"
                       r"(?:[ap]\.?m\.?|h)?)?", re.IGNORECASE)
# A table pasted a row a line: "Date | Time | Venue" (or cells apart by tabs or two spaces), then "12 | 9.30am | ...".
_ROW_HEADER = re.compile(r"[ \t|]*(?:dates?|day)[ \t]*(?:\||\t| {2,})\s*\S", re.IGNORECASE)
_DAY_FIRST_CELL = re.compile(r"(?P<lead>[ \t|]*)(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?=[ \t]*(?:\||\t| {2,}))")
# The day's number alone on its line, then a line opening with a month's name (or its first three letters) and a year:
# a financial calendar's date cell, its two parts on two lines. The month line's rest stays ("May 2024 Dividend").
_MONTH_OR_ITS_START = "|".join(name[:3] + f"(?:{name[3:]})?" if len(name) > 3 else name for name in _MONTH_NAMES)
_DAY_OVER_MONTH = re.compile(r"(?m)^[ \t]*(?P<day>[12]\d|3[01]|0?[1-9])[ \t]*\n[ \t]*(?P<month>(?:"
                             + _MONTH_OR_ITS_START + r")\.?[ \t]+(?:19|20)\d\d)\b", re.IGNORECASE)
# A calendar has rows: one number over "May 2026" alone is as often a page's number over its running title ("3" /
# "May 2026 Investor Update") or a figure over a column's month ("Employees" / "12" / "March 2024").
_ROWS_OF_A_CALENDAR = 2
_HEADER_CELL_MAX = 40  # characters: "Committee and venue", "Board and place"
_HEADING_MAX = 100  # characters: a line above the table that may name its month; longer lines are prose


def written_out(title: str, body: str) -> str:
    """`body` with the day cells of its tables of days of one month written out ("12" -> "12 December 2019"), and each
    day's number over its "March 2024" made one date."""
    if "\n" in body and len(_DAY_OVER_MONTH.findall(body)) >= _ROWS_OF_A_CALENDAR:
        body = _DAY_OVER_MONTH.sub(lambda m: f"{m['day']} {m['month']}", body)
    if (_HEADER_AFTER_LINE.search(body) is None and body[:8].lstrip(" \t|")[:3].lower() not in ("dat", "day")) \
            or _HEADER.search(body) is None:
        return body  # most bodies: no header cell "Date" on a line of its own
    lines = body.split("\n")
    out = list(lines)
    at = 0
    while at < len(lines):
        if _ROW_HEADER.match(lines[at]) and (month := _month_above(title, lines[:at])) is not None:
            at = _write_day_cells(out, lines, at + 1, month)
            continue
        if _HEADER.fullmatch(lines[at]):
            columns = _header_cells(lines, at)
            month = _month_above(title, lines[:at]) if columns >= 2 else None
            if month is not None:
                at = _write_rows(out, lines, at + columns, columns, month)
                continue
        at += 1
    return "\n".join(out)


def _header_cells(lines: list[str], at: int) -> int:
    """How many cells the header opening at line `at` has: the date cell and the short wordy lines after it."""
    end = at + 1
    while end < len(lines) and _header_cell(lines[end].strip()):
        end += 1
    return end - at


def _header_cell(line: str) -> bool:
    return (0 < len(line) <= _HEADER_CELL_MAX and not any(ch.isdigit() for ch in line)
            and not line.endswith((".", ":")) and _HEADER.fullmatch(line) is None)


def _month_above(title: str, above: list[str]) -> str | None:
    """"December 2019": the one month and year the nearest short line above the table names, else the title's."""
    for line in reversed(above):
        if len(line.strip()) <= _HEADING_MAX and (named := _one_month(line)) is not None:
            return named
    return _one_month(title)


def _one_month(text: str) -> str | None:
    named = {(m["month"].capitalize(), m["year"]) for m in _MONTH_YEAR.finditer(text)
             if _DAY_BEFORE.search(text, 0, m.start()) is None}
    if len(named) != 1 or len(set(_ANY_MONTH.findall(text))) > 1:
        return None  # none, or several ("May and June 2031": which month the days are of is not told)
    month, year = named.pop()
    return f"{month} {year}"


def _write_day_cells(out: list[str], lines: list[str], start: int, month: str) -> int:
    """Write out the first cell of each row a line from `start` on, up to a blank line or a row opening with no day.
    Returns the line after the table."""
    at = start
    while at < len(lines) and lines[at].strip() and (day := _DAY_FIRST_CELL.match(lines[at])) is not None:
        out[at] = f"{day['lead']}{int(day['day'])} {month}{lines[at][day.end():]}"
        at += 1
    return at


def _write_rows(out: list[str], lines: list[str], start: int, columns: int, month: str) -> int:
    """Write out the first cell of each row from `start` on; the table ends at a blank line or a first cell that is
    no day. Returns the line after the table."""
    cell = 0  # the column of the next line
    at = start
    while at < len(lines) and (line := lines[at].strip()):
        if cell == 0:
            day = _DAY_CELL.fullmatch(line)
            if day is None:
                break
            out[at] = f"{int(day['day'])} {month}{day['clock'] or ''}"
            cell = 2 if day["clock"] else 1
        else:
            cell += 1
        cell %= columns
        at += 1
    return at
