"""Rows of a week's diary that open with a dotted day and month ("10.12 In Brussels: ...", "05.03 Cabinet meeting"),
under a title or heading naming the week ("Agenda, 10 - 16 December 2012"). Pure.

Alone, "10.12" reads as a clock, twelve minutes past ten, and the grammar reads it so. A run of such rows is a run
of days when every row's two numbers make a day of one month (or of two months in a row), the days rise row by row,
and every one of them lies in the span of days the item's title, or a line above the rows, names. Clock rows under a
dated programme's heading ("09.10 Arrival", "10.10 Opening") name no span.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.blocks import Block
from parsers.datematch import days_in
from parsers.dates import DayPart, Mention

# A row's opening dotted number with text after it (no clock, no other number): "10.12 In Brussels", "- 05.03 Visit".
_ROW = re.compile(r"\s*(?:[-–•*·]\s*)?(?P<day>[0-3]?\d)\.(?P<month>[01]\d)\.?\s+(?=[^\W\d_])")
_NEAR = 40  # days from the item's own day within which a diary's rows lie
_LEAST_ROWS = 2


def dated_rows(blocks: list[Block], mentions_of: dict[int, list[Mention]], day: dt.date,
               title: tuple[Mention, ...]) -> dict[int, list[Mention]]:
    """`mentions_of` with each such row's opening clock read as the day it is, when the rows are a run of days
    within a span the `title`'s mentions, or a line above the rows, name."""
    rows: list[tuple[int, Mention, dt.date]] = []
    spans = [m for m in title if m.kind == "span"]
    for block in blocks:
        if not rows:
            spans.extend(m for m in mentions_of.get(block.number, []) if m.kind == "span")
        row = _ROW.match(block.text)
        if row is None:
            continue
        mentions = mentions_of.get(block.number, [])
        # ("29.09" is no clock: the grammar found nothing there; "01.10" it read as ten past one)
        opening = Mention("time", row.start("day"), row.end("month"), block.text[row.start("day"):row.end("month")])
        if mentions and (len(mentions) != 1 or mentions[0].kind != "time" or mentions[0].until is not None
                         or mentions[0].zone or (mentions[0].start, mentions[0].end) != (opening.start, opening.end)):
            continue
        dated = _near_day(int(row["day"]), int(row["month"]), day)
        if dated is None:
            return mentions_of  # a row that can be no day near the item's: the rows are clocks
        rows.append((block.number, opening, dated))
    days = [dated for _, _, dated in rows]
    # ("2.10 Scope", "2.11 Terms", "2.12 Fees": a contract's clauses, one first number, are no days)
    if len(rows) < _LEAST_ROWS or any(later <= earlier for earlier, later in zip(days, days[1:], strict=False)) \
            or len({d.month for d in days}) > 2 or len({d.day for d in days}) == 1 \
            or not any(all(_within(d, span) for d in days) for span in spans):
        return mentions_of
    out = dict(mentions_of)
    for number, clock, dated in rows:
        out[number] = [Mention("day", clock.start, clock.end, clock.text,
                               first=DayPart(dated.day, dated.month, None, None))]
    return out


def _near_day(number: int, month: int, day: dt.date) -> dt.date | None:
    """The day `number` of `month` in the year that puts it within _NEAR days of `day`, if any."""
    for year in (day.year, day.year - 1, day.year + 1):
        if 1 <= month <= 12 and 1 <= number <= days_in(month, year):
            candidate = dt.date(year, month, number)
            if abs((candidate - day).days) <= _NEAR:
                return candidate
    return None


def _within(day: dt.date, span: Mention) -> bool:
    """Does the span (its year the text's or any) hold `day`'s month and day?"""
    if span.first is None or span.last is None:
        return False
    first, last, at = (span.first.month, span.first.day), (span.last.month, span.last.day), (day.month, day.day)
    return first <= at <= last if first <= last else at >= first or at <= last  # (a span over the new year)
