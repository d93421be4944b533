"""A live blog's entries, newest first ("10.22 - The COO takes the stage" over "10.18 - ..." over "10.17 - ..."):
moments of a show reported while it runs, not events to come. A programme's rows go forward in time; three or more
time-led lines in a row that each go back are a log. Pure."""

from __future__ import annotations

import re

from parsers.blocks import Block
from parsers.findings import Finding

# "10.22 - ...", "14:05 – ...", "9.58: ...": a clock, then a dash or a colon, then the entry (not "11:00 - 12:00 |
# EAT", a range's end: rows of one moment on several clocks go back in time too)
_ENTRY = re.compile(r"^\W{0,3}(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*[-–—:|]\s+(?!\d)\S")
# "17.00 We are going to leave our live coverage here", "16.06 AirAsia QZ8501 made ...": a newspaper's log puts the
# clock of its two-digit hour right before the entry's first sentence, with no dash; the entry's own paragraphs
# (quotes, pictures, links) stand between two clocks
_BARE_ENTRY = re.compile(r"^\W{0,3}(?P<h>[01]\d|2[0-3])[:.](?P<m>[0-5]\d)\s+(?=[A-Z\"“‘'])")
_RUN = 3  # entries going back in time that make a log
_BARE_RUN = 5  # entries with no dash: more of them, each earlier than the one above


def _runs(lines: list[str]) -> list[list[str]]:
    """The runs of consecutive entries, each earlier than the one above it; and the runs of entries with no dash,
    each earlier than the one above, whatever lines stand between them."""
    runs: list[list[str]] = []
    run: list[str] = []
    before = -1
    for line in lines:
        entry = _ENTRY.match(line)
        minute = int(entry.group("h")) * 60 + int(entry.group("m")) if entry else -1
        if entry and run and minute < before:
            run.append(line)
        else:
            runs.append(run)
            run = [line] if entry else []
        before = minute
    runs.append(run)
    bare: list[str] = []
    before = -1
    for line in lines:
        if (entry := _BARE_ENTRY.match(line)) is None:
            continue
        minute = int(entry.group("h")) * 60 + int(entry.group("m"))
        if bare and minute >= before:
            runs.append(bare)
            bare = []
        bare.append(line)
        before = minute
    runs.append(bare)
    return [r for r in runs if len(r) >= (_RUN if r and _ENTRY.match(r[0]) else _BARE_RUN)]


def drop_live_log(blocks: list[Block], findings: list[Finding]) -> None:
    """Remove the findings of a live log's entries."""
    if not findings:
        return
    lines = [line for block in blocks for line in block.text.splitlines() if line.strip()]
    rows = [" ".join(row.split()) for run in _runs(lines) for row in run]
    if rows:
        findings[:] = [f for f in findings if not _of_the_log(" ".join(f.text.split()), rows)]


def _of_the_log(text: str, rows: list[str]) -> bool:
    """Is the finding's text (spaces made single) a row of the log, or a row's part?"""
    return any(row in text or text in row for row in rows)
