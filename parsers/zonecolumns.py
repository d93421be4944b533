"""Tables whose head names the clock of their time column ("Uhrzeit (MEZ)", "Time (ET)", "Hora (GMT)"). Pure.

    Tag   Datum   Uhrzeit (MEZ)   Wettkampf               Tag   Datum   Uhrzeit (MEZ)   Wettkampf
    6   Mittwoch, 9. Februar   9 Uhr   Einzel      ->     6   Mittwoch, 9. Februar   9 Uhr MEZ   Einzel
    12   Dienstag, 15. Februar   10 Uhr   Team            12   Dienstag, 15. Februar   10 Uhr MEZ   Team

The head says once which clock every row's time is on; the rows do not repeat it. Each clock time in that column
of the rows below gets the label after it, so the rest of the reading takes it as if each row had said it (a
schedule of games abroad, said on the reader's clock, was read on the clock of the town it named).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parsers.datewords import ZONE_LABELS

# Between a table's cells, as html.py pastes a row: three spaces or more. (r"\s\s{2,}" is r"\s{3,}", but opens with a
# class, which the engine skips ahead to, where it tried the repeat at every position of every line of an article.)
_GAP = re.compile(r"\s\s{2,}")
# A head naming the clock: "Uhrzeit (MEZ)", "Time (ET)", "Heure (CET)", "Kick-off (GMT)", or the label alone, "(ET)".
_TIME_WORDS = (r"uhrzeit|zeit|beginn|anstoß|anpfiff|start|time|times|kick-?off|hora|horario|heure|horaire|ora"
               r"|orario")
_HEAD = re.compile(rf"(?:(?i:{_TIME_WORDS})\s*)?\(\s*(?P<zone>{ZONE_LABELS})\s*\)|(?i:{_TIME_WORDS})\s+"
                   rf"(?P<bare>{ZONE_LABELS})")
# A clock time in a cell ("9 Uhr", "14.30 Uhr", "18:00", "7:30 p.m."), not one that names its clock already.
_CLOCK = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])(?:(?:[:.h][0-5]\d)?\s*(?:Uhr\b|[ap]\.?m\.?(?!\w))|[:.][0-5]\d\b)"
                    rf"(?!\s*\(?\s*(?:{ZONE_LABELS})\b)")
_CELL_LIMIT = 80  # characters: a head's cell is a word or two


def zone_columns(lines: list[str]) -> list[str]:
    """`lines` with the label of a head's time column set after each clock time of that column in the rows below
    it; the lines as they are where no head names a clock."""
    out = list(lines)
    for at, line in enumerate(lines):
        heads = _GAP.split(line.strip())
        if len(heads) < 2:
            continue  # (most lines are no table's row: their cells are never matched)
        column = next((k for k, cell in enumerate(heads) if len(cell) <= _CELL_LIMIT and _HEAD.fullmatch(cell)), None)
        if column is None or _CLOCK.search(line):
            continue
        found = _HEAD.fullmatch(heads[column])
        labelled = _labelled((found.group("zone") or found.group("bare")) if found else "")
        for row_at in range(at + 1, len(lines)):
            cells = _GAP.split(lines[row_at].strip())
            if len(cells) != len(heads):
                break  # the table ends where a line has other cells
            cells[column] = _CLOCK.sub(labelled, cells[column])
            out[row_at] = "   ".join(cells)
    return out


def _labelled(label: str) -> Callable[[re.Match[str]], str]:
    """What a clock time of the column becomes: itself and the head's label."""
    return lambda clock: f"{clock.group()} {label}"
