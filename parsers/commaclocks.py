"""Tables whose time column writes its clock times with a comma ("19,30", "12,00"), as a decimal would be. Pure.

    MES | HORARIO | DÍA/S | TIPO DE SESIÓN            MES | HORARIO | DÍA/S | TIPO DE SESIÓN
    MARZO | 19,30 | 2 DE MARZO | APERTURA        ->    MARZO | 19:30 | 2 DE MARZO | APERTURA
    12,00 | 14 DE MARZO | ORDINARIA                    12:00 | 14 DE MARZO | ORDINARIA

A comma between two figures is a decimal or a thousands mark everywhere else; under a head that names a time
column ("HORARIO", "Hora", "Time", "Heure", "Uhrzeit") a cell that is nothing but an hour and its minutes so parted
is that column's clock. Such cells of the rows under the head are written with a colon, so the rest of the reading
takes them as any clock time. Rows may lack a cell (a month said once over its rows): any cell of the form counts.
"""

from __future__ import annotations

import re

from parsers.fieldnames import TIME, alternatives

# A head's cell that names the time column: a time field's name (fieldnames.TIME), and the plural and Italian names
# such tables' heads use besides
_TIME_HEAD = re.compile(rf"(?i:{alternatives((*TIME, 'horas', 'horário', 'ora', 'orario'))})")
# A cell holding an hour of the day and its minutes parted by a comma, and nothing else.
_COMMA_CLOCK = re.compile(r"(?P<hour>[01]?\d|2[0-3]),(?P<minute>[0-5]\d)")
# The rule under a table's head as text pastes it ("---|---|---"), no row of its own.
_RULE = re.compile(r"[-=:| ]+")
_CELL = " | "


def comma_clocks(lines: list[str]) -> list[str]:
    """`lines` with the comma of each clock time in a time column written as a colon; the lines as they are where no
    table's head names a time column."""
    out = list(lines)
    for at, line in enumerate(lines):
        if _CELL not in line or not any(_TIME_HEAD.fullmatch(cell) for cell in line.split(_CELL)):
            continue  # (most lines are no table's head)
        for row_at in range(at + 1, len(lines)):
            row = lines[row_at]
            if _RULE.fullmatch(row):
                continue
            if _CELL not in row:
                break  # the table ends where a line has one cell
            out[row_at] = _CELL.join(_colon(cell) for cell in row.split(_CELL))
    return out


def _colon(cell: str) -> str:
    """The cell with a colon for its comma if it is a clock time so written; else the cell."""
    clock = _COMMA_CLOCK.fullmatch(cell)
    return f"{clock.group('hour')}:{clock.group('minute')}" if clock else cell
