"""Rows of a programme that open with a 24-hour time in four figures: "0900 – Arrival of ministers",
"1430hrs  Press conference", "1000-1130: Working session". Pure.

    TUESDAY 3 FEBRUARY
    0900 – Arrival of ministers          09:00
    0930 – Family photo                  09:30
    1300 hrs Working lunch               13:00

Four figures opening a line are as often a year ("2019 – Elected to the council"), so a row is read as a clock
only where the programme shows it keeps time so: the row says "hrs" ("hours", "h"), or its figures open with a
nought (no year of a release does), or a row of such a clock stands within a few lines of it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from parsers.datewords import ZONE_LABELS
from parsers.mentions import Mention

CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d"  # a 24-hour time in four figures
HOURS_WORD = r"(?:\s*(?:hrs|hours|hr|h)\b\.?)"
_ROW = re.compile(
    rf"[ \t]*(?:[•*·]\s*)?(?P<start>{CLOCK})(?P<h1>{HOURS_WORD})?"
    rf"(?:\s*(?:-|–|—|to)\s*(?P<end>{CLOCK})(?P<h2>{HOURS_WORD})?)?"
    rf"(?:\s*\(?(?P<zone>{ZONE_LABELS})\)?)?"
    # then what happens, after a dash, colon or bar, a tab, a gap or one space ("0700 Marathon walkers"), a word or
    # a distance ("1000 10km"); a row of one space is a clock only where the programme keeps one (below); or
    # alone on its line over the line that says what ("0900" / "Arrival of guests": a table pasted a cell a line)
    r"(?=(?:\s*[-–—:|]\s*|\t\s*| +)(?:[^\W\d]|\d+[^\W\d])|[ \t]*\n(?:\x00{1,2}\n)?[ \t]*(?:[•*·]\s*)?[^\W\d])")
# Where a line opens with four figures: the engine skips to line feeds, and the row is tried only there.
_LINE_OF_FIGURES = re.compile(r"\n(?=[ \t]*(?:[•*·]\s*)?[0-2]\d[0-5]\d)")
_NEAR = 400  # characters: rows of one programme stand this close
# Figures a year opens with ("2019 – Elected to parliament"): such a row is read as a clock only where no new part of
# the text (a blank line, then a line of no row: "About the minister") stands between it and a row keeping the clock.
_YEAR_LIKE = ("19", "20")
# (An article's blocks are read joined, runs of lines parted by two NULs: see blockmentions.)
_NEW_PART = re.compile(r"(?:\n[ \t]*\n|\x00\x00\n)(?![ \t]*(?:[•*·]\s*)?[0-2]\d[0-5]\d)[ \t]*\S")


def four_digit_rows(text: str) -> list[Mention]:
    """The times of the rows of `text` that open with a four-figure clock, where the programme keeps such a clock."""
    starts = [0] if text[:1].isdigit() or text[:1] in " \t•*·" else []
    starts += [feed.end() for feed in _LINE_OF_FIGURES.finditer(text)]
    dated = [lead.end() for lead in _DAY_LEADS.finditer(text)] if _LEAD_FIGURES.search(text) else []
    rows = sorted((row for at in [*starts, *dated] if (row := _ROW.match(text, at)) is not None), key=re.Match.start)
    sure = [row.start() for row in rows if _says_a_clock(row) or _under_a_day(text, row)
            or row.start() in dated and not row.group("start").startswith(_YEAR_LIKE)
            and _SEPARATED.match(text, row.end("start")) is not None]
    found: list[Mention] = []
    for row in rows:
        near = sure[bisect.bisect_left(sure, row.start() - _NEAR) : bisect.bisect_right(sure, row.start() + _NEAR)]
        if not near:
            continue  # no row keeping a clock near it: four figures of a year, a count
        if row.group("start").startswith(_YEAR_LIKE) and all(
                _NEW_PART.search(text, min(at, row.start()), max(at, row.start())) for at in near):
            continue  # a year's row of the part after a programme (or before it)
        begin, end = row.start("start"), row.end()
        until = clock_of(row.group("end")) if row.group("end") else None
        found.append(Mention("time", begin, end, text[begin:end], time=clock_of(row.group("start")), until=until,
                             zone=row.group("zone") or ""))
    return found


# A day's heading alone on its line: "Saturday 26 June 2021", "Friday, May 3, 2019", "SUNDAY 10 NOVEMBER".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WEEKDAY_DATE = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \t]*,?[ \t]*"
                 rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)")
_DAY_HEADING = re.compile(rf"[ \t]*{_WEEKDAY_DATE}(?:\s*,?\s*\d{{4}})?[ \t]*", re.IGNORECASE)
# "Monday 21 October, 1400 - Arrival at the airport": a row opened by its day, then its clock in four figures and a
# dash or colon (not figures a year opens with, "Monday 21 October, 2024 - ...", which the date grammar reads as the
# day's year; a count, "Monday 12 October: 1200 pupils plant trees", is a clock only where a row near it keeps one).
# Looked for only where a comma or colon precedes four figures.
_DAY_LEADS = re.compile(rf"(?:^|\n)[ \t]*(?:[•*·][ \t]*)?{_WEEKDAY_DATE}[ \t]*[,:][ \t]*(?=[0-2]\d[0-5]\d)",
                        re.IGNORECASE)
_LEAD_FIGURES = re.compile(r"[,:][ \t]*[0-2]\d[0-5]\d")
_SEPARATED = re.compile(r"[ \t]*(?:hrs|hours|hr|h)?\.?[ \t]*[-–—:|]")


def _under_a_day(text: str, row: re.Match[str]) -> bool:
    """"Saturday 26 June 2021" / "1100 ...": a row right under its day's heading keeps the clock (an order of service,
    a parade's programme), though it be the only row; not figures a year opens with."""
    if row.group("start").startswith(_YEAR_LIKE):
        return False
    lines = text[max(0, row.start() - _NEAR) : row.start()].split("\n")[:-1]  # (a heading is a short line)
    while lines and lines[-1] and not lines[-1].strip("\x00"):
        lines.pop()  # a line of NULs parts the blocks of one run of lines (blockmentions), not a blank line
    return bool(lines) and _DAY_HEADING.fullmatch(lines[-1]) is not None


def _says_a_clock(row: re.Match[str]) -> bool:
    return (bool(row.group("h1") or row.group("h2")) or row.group("start").startswith("0")
            or _a_span_of_hours(row))


# "1100-1130 Press Conf", "1430-1530 Meet the Press": a row that opens with two four-figure clocks a few hours apart,
# the later second, is a slot of a programme, though it say no "hrs" and open with no nought. Years joined so are
# a span of years ("1914-1918 War service", "2019-2021 Chair"): figures a year opens with are left to the rows
# around them, and a span of years of other centuries is seldom a clock's ("1154-1189", minutes past 59).
_SPAN_OF_HOURS = 6 * 60  # minutes: a slot of a programme is shorter than this
_SLOT_MINUTES = 5  # a slot's clocks fall on multiples of this


def _a_span_of_hours(row: re.Match[str]) -> bool:
    if not row.group("end") or row.group("start").startswith(_YEAR_LIKE):
        return False
    start, end = clock_of(row.group("start")), clock_of(row.group("end"))
    if start.minute % _SLOT_MINUTES or end.minute % _SLOT_MINUTES:
        return False  # "1618-1648 The Thirty Years War": years; a programme's slots fall on five-minute marks
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return 0 < minutes <= _SPAN_OF_HOURS


def clock_of(figures: str) -> dt.time:
    return dt.time(int(figures[:2]), int(figures[2:]))
