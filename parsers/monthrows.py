"""Rows of a weekday and its day of the month under a line that names only the month, as calendars list them. Pure.

    MARCH                                        a line of the month alone (its year may follow)
    Tue 2 – Regular Council Meeting, 7:00 pm     "Tue 2" is Tuesday 2 March: a day, not a number
    Thursday 11 to Saturday 13: spring fair      "Thursday 11 March to Saturday 13 March"
    Marzo / - Jueves 05: inicio de clases        the same in Spanish, Portuguese, German, French and Dutch

The grammar reads no day in "Tue 2" (no month): each such row's weekday and number become a day mention of the
month above, the text left as written. The rows end at a line that dates itself with a month, and at a heading
that is neither a month nor a row.
"""

from __future__ import annotations

import re

from parsers import datewords, lang, lang_iberian
from parsers.blocks import HEADING, Block
from parsers.datematch import days_in
from parsers.fieldnames import alternatives
from parsers.mentions import DayPart, Mention

_MONTHS = {name: number for table in (datewords.MONTHS, lang_iberian.MONTHS, lang.MONTHS)
           for name, number in table.items() if len(name) >= 3}
_WEEKDAYS = {**datewords.WEEKDAYS, **lang_iberian.WEEKDAYS, **lang.WEEKDAYS}
_HEADING = re.compile(rf"[ \t]*(?P<month>{alternatives(_MONTHS)})\.?(?:[ \t]+(?P<year>(?:19|20)\d\d))?[ \t]*:?[ \t]*",
                      re.IGNORECASE)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|\.)?"
_ONE = rf"(?P<w{{n}}>{alternatives(_WEEKDAYS)})\.?,?[ \t]+(?P<d{{n}}>{_DAY})(?![\d:.]\d|\w)"
# "- Jueves 05 al martes 10:", "Tue 2 – ...": a weekday and its day opening the row (not a clock, "05:30"), maybe a
# second weekday and day after "to", "al", "y", "bis", "au" or a dash (a span), or after "and" (two days), then a
# mark that ends the date or the line's end
_ROW = re.compile(
    rf"(?P<lead>[ \t]*(?:[-•*–][ \t]*)?){_ONE.format(n=1)}"
    rf"(?:[ \t]+(?P<join>to|until|and|al|a|y|bis|au|tot|[-–])[ \t]+{_ONE.format(n=2)})?"
    r"(?=[ \t]*(?:[:,–—|-]|\t|$))",
    re.IGNORECASE,
)
_LEAP = 2028  # a year whose February has its 29th, for a month heading that names no year


def month_rows(blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    """`mentions_of` with the weekday-and-day rows under a month's line read as days of that month."""
    out = mentions_of
    month: re.Match[str] | None = None
    for block in blocks:
        mentions = mentions_of.get(block.number, [])
        heading = _HEADING.fullmatch(block.text) if len(block.text) < 40 else None
        if heading is not None:
            month = heading
            continue
        row = _ROW.match(block.text) if month is not None else None
        if row is None or any(m.kind in ("day", "span") and m.start < row.end() for m in mentions):
            if any(m.kind in ("day", "span") for m in mentions) or block.kind == HEADING:
                month = None  # a line dated with its own month, or another heading: the month's rows are over
            continue
        if month is None or not _fits(row, month):
            continue
        if out is mentions_of:
            out = dict(mentions_of)
        out[block.number] = [*_days_of(row, month), *(m for m in mentions if m.start >= row.end())]
    return out


def _fits(row: re.Match[str], month: re.Match[str]) -> bool:
    """Are the row's numbers days of the month ("Mon 31" is none of April's)?"""
    number = _MONTHS[month.group("month").lower()]
    year = int(month.group("year")) if month.group("year") else _LEAP
    return all(_number(row, n) <= days_in(number, year) for n in (1, 2) if row.group(f"d{n}") is not None)


def _number(row: re.Match[str], n: int) -> int:
    return int(row.group(f"d{n}").rstrip(".stndrh"))


# "Tue 2 and Thu 4": two days, not the days between, as the grammar reads "Tue 2 and Thu 4 March" (its Spanish reads
# "martes 1 y jueves 3 de abril" as a span, and so do these rows)
_BOTH = frozenset({"and"})


def _days_of(row: re.Match[str], month: re.Match[str]) -> list[Mention]:
    """The row's day, span or two days as mentions of the month above."""
    number = _MONTHS[month.group("month").lower()]
    year = int(month.group("year")) if month.group("year") else None

    def part(n: int) -> DayPart:
        return DayPart(_number(row, n), number, year, _WEEKDAYS[row.group(f"w{n}").lower()])

    begin, end = row.start("w1"), row.end()
    if row.group("d2") is None:
        return [Mention("day", begin, end, row.string[begin:end], first=part(1))]
    if row.group("join").lower() in _BOTH:
        first_end, second = row.end("d1"), row.start("w2")
        return [Mention("day", begin, first_end, row.string[begin:first_end], first=part(1)),
                Mention("day", second, end, row.string[second:end], first=part(2))]
    return [Mention("span", begin, end, row.string[begin:end], first=part(1), last=part(2))]
