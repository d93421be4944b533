"""A programme pasted column by column: its labels one a line, each ending in a colon, then, after them or after a
blank line, its when-cells one a line in the same order. Pure.

    Opening Ceremonies:                      24 September 11:00-12:00: Opening Ceremonies
    Press Conference:                ->      24 September 13:00-13:30: Press Conference
                                             (the n-th label goes with the n-th cell)
    24 September – 1100-1200
    24 September – 1300-1330

Copied from a two-column web table, the labels' column comes out first and the times' column after it; read as
they stand, the cells are dates with nothing happening and the labels events with no day. The pairs are rewritten
as dated lines, a four-figure clock ("1100") with its colon, so the rest of the reading takes them like any dated
list. Only a run of labels matched by a run of cells of the same length is read so: a card's fields pasted the
same way ("Date:", "Time:", "Venue:") name no event and are left alone.
"""

from __future__ import annotations

import re

from parsers.fieldnames import ABOUT, END, START, TIME, WHEN, WHERE, alternatives
from parsers.timecolumns import MONTH_WORD, WEEKDAY_WORD

_DAYS = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"
_DATE = rf"(?:{WEEKDAY_WORD}\s+)?(?:{_DAYS}\s+{MONTH_WORD}|{MONTH_WORD}\s+{_DAYS},?)(?:\s+\d{{4}})?"
_FOUR = r"(?:[01]\d|2[0-3])[0-5]\d"  # a 24-hour time in four figures
_CLOCK = r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?)"
# (four figures alone are a clock only as a range, with "hrs" or after a date: "2019" under "Founded:" is a year)
_TIME = (rf"(?P<four>{_FOUR})(?:\s*[-–]\s*(?P<until>{_FOUR})(?:\s*hrs)?|\s*hrs|(?(date)|(?!)))"
         rf"|{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?")
# A when-cell: a date, a time, or a date then a time after a dash, a comma or a colon.
_CELL = re.compile(rf"(?P<date>{_DATE})?(?:(?(date)\s*[–—,:-]?\s*|)(?P<time>{_TIME}))?", re.IGNORECASE)
# A field's name is no label of a programme's row: "Date:", "Venue:", "WHO:".
_FIELD = re.compile(rf"(?:{alternatives((*WHEN, *TIME, *START, *END, *WHERE, *ABOUT, 'who', 'what', 'contact'))})\s*:",
                    re.IGNORECASE)
_CLOCK_IN = re.compile(rf"\b{_CLOCK}|\b{_FOUR}\b", re.IGNORECASE)
_LABEL_LIMIT = 90  # characters: a label is short


def label_columns(chunks: list[str]) -> list[str]:
    """The blank-line chunks of a body, a programme pasted label column first read as dated lines."""
    out: list[str] = []
    at = 0
    while at < len(chunks):
        lines = _lines(chunks[at])
        labels = _labels(lines)
        if labels == len(lines) and at + 1 < len(chunks):  # the labels fill this chunk; the cells open the next
            after = _lines(chunks[at + 1])
            if _cells(after) == labels:
                out.append("\n".join([*_paired(lines, after[:labels]), *after[labels:]]))
                at += 2
                continue
        elif labels and _cells(lines[labels:]) == labels == len(lines) - labels:  # both columns in one chunk
            out.append("\n".join(_paired(lines[:labels], lines[labels:])))
            at += 1
            continue
        out.append(chunks[at])
        at += 1
    return out


def _lines(chunk: str) -> list[str]:
    return [line.strip() for line in chunk.split("\n") if line.strip()]


def _labels(lines: list[str]) -> int:
    """How many lines open `lines` that are a row's label: short, ending in a colon, no time nor field name in it."""
    count = 0
    for line in lines:
        if not (line.endswith(":") and len(line) <= _LABEL_LIMIT and not _FIELD.fullmatch(line)
                and not _CLOCK_IN.search(line) and not _CELL.fullmatch(line[:-1].strip())):
            break
        count += 1
    return count if count >= 2 else 0


def _cells(lines: list[str]) -> int:
    """How many lines open `lines` that are when-cells."""
    count = 0
    for line in lines:
        cell = _CELL.fullmatch(line)
        if cell is None or not (cell.group("date") or cell.group("time")):
            break
        count += 1
    return count


def _paired(labels: list[str], cells: list[str]) -> list[str]:
    """Each cell with its label: "24 September 11:00-12:00: Opening Ceremonies"."""
    return [f"{_written(cell)}: {label[:-1].strip()}" for label, cell in zip(labels, cells, strict=True)]


def _written(cell: str) -> str:
    """The cell as a dated line opens: its date, then its time, a four-figure clock with a colon."""
    match = _CELL.fullmatch(cell)
    assert match is not None
    date, time = match.group("date") or "", match.group("time") or ""
    if match.group("four"):
        time = _colon(match.group("four")) + (f"-{_colon(match.group('until'))}" if match.group("until") else "")
    return f"{date} {time}".strip()


def _colon(four: str) -> str:
    return f"{four[:2]}:{four[2:]}"
