"""A Japanese or Chinese schedule pasted one cell a line: its date cell and the weekday cell under it joined into one
line before the body is split into blocks. Pure.

    月日 / 曜日 / 区分 / 日程                 the header, one cell a line
    9月16日 / 火曜日 / 本会議 / 開会10時 ...  "9月16日" over "火曜日" is "9月16日(火曜日)", the weekday telling the year
    22日 / 月曜日 / 本会議 / 開議10時 ...     "22日" over "月曜日" is "22日(月曜日)", a day of the month above

A table copied from a web page gives each cell its own line, so the weekday that tells a yearless day's year (and
makes a bare "22日" a day) stands apart from the day it belongs to; lang_chinese reads the two together.
"""

from __future__ import annotations

import re

# A date cell: "9月16日", "10月 1日", "22日" (a month and day, or a day alone), the line holding nothing else.
# Then its weekday cell: "火曜日", "火曜", "(火)", "星期二", "(星期二)", alone on the next line.
_CELL_PAIR = re.compile(
    r"(?m)^(?P<day>[ \t]*(?:(?:1[0-2]|0?[1-9])[ \t]*月[ \t]*)?(?:[12]\d|3[01]|0?[1-9])[ \t]*日)[ \t]*\n"
    r"[ \t]*(?:[（(][ \t]*)?(?P<weekday>[月火水木金土日](?:曜日?)?|(?:星期|週|周)[一二三四五六日天])"
    r"(?:[ \t]*[)）])?[ \t]*$")
_WEEKDAY_CELL = re.compile(r"[月火水木金土日]曜|[（(]|星期|週|周")  # in `text` at all: else there is nothing to join


def joined(body: str) -> str:
    """`body` with each date cell and the weekday cell on the line under it made one line ("9月16日(火曜日)")."""
    if "日\n" not in body or _WEEKDAY_CELL.search(body) is None:
        return body  # most bodies: no date cell ending its line
    return _CELL_PAIR.sub(lambda m: f"{m['day']}({m['weekday']})", body)
