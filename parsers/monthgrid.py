"""The days of a calendar's month view whose cells give only the day's number. Pure: a parsed tree in, lines out.

A month view ("March 2031" over a grid of weeks) often writes in each cell the day's number and then
its items ("4", "6:00 PM Harbour Board", "Art Fair"): the month and year are written once, in the
heading above the grid. Each item is read as a line of its own that names its full day
("2031-03-04 6:00 PM Harbour Board"), so that the rest of the parsers read it as a dated line.
Cells before the grid's first "1" belong to the month before, cells after the numbers start again
to the month after.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from parsers.datewords import MONTHS as _ENGLISH_MONTHS
from parsers.datewords import WEEKDAYS as _ENGLISH_WEEKDAYS
from parsers.lang import MONTHS as _OTHER_MONTHS
from parsers.lang import WEEKDAYS as _OTHER_WEEKDAYS
from parsers.mainpart import NOISE_TAGS, tag_of

_MONTHS = {**_OTHER_MONTHS, **_ENGLISH_MONTHS}
# "March 2031", "März 2031", "mars 2031", "Jan, 2031": the month the grid shows.
_MONTH_YEAR = re.compile(r"(?i)\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?,?\s+((?:19|20)\d\d)\b")
_DAY_NUMBER = re.compile(r"\s*(\d{1,2})\b")
# A cell's own label, its day's number with or without the weekday ("29", "29 Monday", "29 Mo."): not an item.
_DAY_LABEL = re.compile(r"(?i)\d{1,2}\.?(?:\s+(?:" + "|".join(sorted({**_OTHER_WEEKDAYS, **_ENGLISH_WEEKDAYS}, key=len,
                                                                       reverse=True)) + r")\.?)?")
# An item that names its event first and its clock time last ("City Council 10:00 am", "Ausschuss 18:30 Uhr").
_CLOCK_LAST = re.compile(r"(?i)(?P<name>.*?[^\W\d].*?)\s+(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*"
                         r"(?:[ap]\.?\s?m\.?|uhr)|(?:[01]?\d|2[0-3]):[0-5]\d)")
_HEADING_REACH = 400  # characters of text before the grid in which its month's heading stands


def grid_month(table: Any, reach: int = _HEADING_REACH) -> dt.date | None:
    """The first day of the month a month view shows, from the last "Month YYYY" in its caption or the text
    just before it, looked for outwards through the elements around the grid (a scheduler widget writes its
    "Jan, 2019" in a toolbar above the table that holds its weekday header and its weeks) until `reach`
    characters have been read; None when no such heading is near."""
    caption = next((c for c in table if tag_of(c) == "caption"), None)
    texts = [" ".join(caption.itertext())] if caption is not None else []
    if texts and (found := _MONTH_YEAR.findall(texts[0])):
        name, year = found[-1]  # the grid's own caption ("February 2024") names it, whatever stands before it
        return dt.date(int(year), _MONTHS[name.lower()], 1)
    before: list[str] = []
    seen = 0
    for element in table.itersiblings(preceding=True):
        if seen >= reach:
            break
        text = " ".join(element.itertext()) if tag_of(element) not in NOISE_TAGS else ""
        before.insert(0, text)
        seen += len(text.strip())
    for text in [*texts, " ".join(before)]:
        found = _MONTH_YEAR.findall(text)
        if found:
            name, year = found[-1]
            return dt.date(int(year), _MONTHS[name.lower()], 1)
    parent = table.getparent()
    if seen < reach and parent is not None and tag_of(parent) not in ("body", "html"):
        return grid_month(parent, reach - seen)
    return None


def cell_days(cells: list[Any], month: dt.date) -> dict[Any, dt.date]:
    """The day of each cell of the grid (in reading order) that starts with a day's number."""
    days: dict[Any, dt.date] = {}
    numbered = [(cell, int(m.group(1))) for cell in cells if (m := _DAY_NUMBER.match(_text(cell)))]
    first = next((i for i, (_, n) in enumerate(numbered) if n == 1), None)
    if first is None:
        # A work week's view of a month that opens on a weekend shows no "1": its first day is where the numbers
        # start again ("24 … 28" of the month before, then "3").
        first = next((i for i in range(1, len(numbered)) if numbered[i][1] < numbered[i - 1][1]), None)
    if first is None:
        return days
    previous = month - dt.timedelta(days=1)
    following = (month + dt.timedelta(days=32)).replace(day=1)
    current = month
    last = 0
    for index, (cell, number) in enumerate(numbered):
        if index < first:
            base = previous.replace(day=1)
        else:
            if index > first and number < last:
                current = following  # the numbers start again: the month after
            base = current
        last = number
        try:
            days[cell] = base.replace(day=number)
        except ValueError:
            continue  # a number the month has not (a stray figure)
    return days


def grid_lines(days: dict[Any, dt.date]) -> dict[Any, list[str]]:
    """Each numbered cell's lines, one per item, each starting with its day ("March 4, 2031 6:00 PM Harbour
    Board"). An item without a clock time written in the cells of consecutive days is one event over those
    days: its line names the first and last day ("March 11, 2031 – March 29, 2031 Art Show"), on the first."""
    items = {cell: _items(cell) for cell in days}
    by_day = {day: cell for cell, day in days.items()}
    lines: dict[Any, list[str]] = {}
    for cell, day in days.items():
        lines[cell] = []
        for text in items[cell]:
            if text[0].isdigit():
                lines[cell].append(f"{_spelled(day)} {text}")
                continue
            if clock_last := _CLOCK_LAST.fullmatch(text):
                # timed: one meeting on its day, its clock read before its name as in "6:00 PM Harbour Board"
                lines[cell].append(f"{_spelled(day)} {clock_last.group('clock')} {clock_last.group('name')}")
                continue
            before = by_day.get(day - dt.timedelta(days=1))
            if before is not None and text in items[before]:
                continue  # told on the run's first day
            last = day
            while (after := by_day.get(last + dt.timedelta(days=1))) is not None and text in items[after]:
                last += dt.timedelta(days=1)
            when = _spelled(day) if last == day else f"{_spelled(day)} – {_spelled(last)}"
            lines[cell].append(f"{when} {text}")
    return lines


def _items(cell: Any) -> list[str]:
    texts = [text for e in _outermost_items(cell) if (text := _text(e))]
    if not texts:
        rest = _DAY_NUMBER.sub("", _text(cell), count=1).strip()
        texts = [rest] if rest else []
    return [text for text in texts if not _DAY_LABEL.fullmatch(text)]


def _spelled(day: dt.date) -> str:
    """"March 4, 2031": the form the date grammar reads as a day and, twice with a dash, as a span."""
    return f"{day:%B} {day.day}, {day.year}"  # (%B as the events' notes write it: the C locale's English)


def _outermost_items(cell: Any) -> list[Any]:
    """The cell's items: the outermost elements below which no element holds two of the cell's leaf texts."""
    out: list[Any] = []
    for child in cell:
        if not isinstance(child.tag, str) or tag_of(child) in NOISE_TAGS:
            continue
        if tag_of(child) in ("ul", "ol"):
            # A day's items in a list below its label ("<time>29 Monday</time><ul><li>City Council<br>10:00 am
            # </li>..."): each item of the list is one.
            out.extend(item for item in child if isinstance(item.tag, str) and tag_of(item) == "li" and _text(item))
            continue
        blocks = [c for c in child if isinstance(c.tag, str) and tag_of(c) in ("div", "p", "li") and _text(c)]
        listed = any(tag_of(c) in ("ul", "ol") and _text(c) for c in child)
        out.extend(_outermost_items(child) if len(blocks) >= 2 or (len(blocks) == 1 and len(child) == 1) or listed
                   else [child])
    return out


def _text(element: Any) -> str:
    return " ".join(" ".join(element.itertext()).split())


# "10:00 AM Deferred Comp Meeting", "18:30 Ausschuss": an item of a day cell that opens with its clock time.
_TIMED_ITEM = re.compile(r"(?i)^(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:[ap]\.?\s?m\.?|uhr|h)?\s*\S")
_TIMED_ITEMS = 2  # a sidebar's little month view links its days; a calendar page's names timed meetings in them
_WEEKDAY_HEADS = frozenset({"sun", "mon", "tue", "wed", "thu", "fri", "sat"})


def holds_timed_month(element: Any) -> bool:
    """Does `element` hold a month view ("September 2022" over a grid headed "Sunday Monday ...") whose day cells
    name at least two timed items ("10:00 AM Deferred Comp Meeting")? Such a grid is a calendar page's content,
    even in a block classed "calendar_widget", not a sidebar's day picker."""
    for table in element.iter("table"):
        head = next((r for r in table.iter("tr")), None)
        names = [_text(c).lower()[:3] for c in head if tag_of(c) in ("td", "th")] if head is not None else []
        if sum(name in _WEEKDAY_HEADS for name in names) < 5 or (month := grid_month(table)) is None:
            continue
        cells = [cell for row in table.iter("tr") for cell in row if tag_of(cell) == "td"]
        days = cell_days(cells, month)
        if sum(1 for cell in days for item in _items(cell) if _TIMED_ITEM.match(item)) >= _TIMED_ITEMS:
            return True
    return False
