"""The year of a date that gives none, chosen as a careful reader would. Pure.

A reader of "Tuesday, March 28" looks, in order, for:
1. a full date in the item: its publication date, dateline, title, a "Last update"
   line or any other date with a year; the year-less date is put in the year that
   brings it nearest that date (`dates.resolve_day`);
2. failing that, a month with its year ("the November 2007 meeting") as the day in context;
3. the weekdays the item gives: the year in which they fit, preferring a year the item
   names ("Maple Fest 2017", "Space 2013"), else the one nearest the reference date, but
   not more than some months after it: a text read today was written on or before today,
   and announces days of its coming months.
Every such guess is recorded in a note that the event's description shows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from parsers.dates import MONTHS, DayPart, Mention

# Both open with what they look for, not with a lookbehind or \b, so the regex engine skips
# straight to a "19"/"20" or a month's capital; what may not stand before is checked after that.
_BARE_YEAR = re.compile(r"(?:19|20)(?<![\w/.:-]\d\d)\d\d(?![\w/:]|[.-]\d)")
_MONTH_YEAR = re.compile(
    r"(?P<month>" + "|".join(n.capitalize() for n in sorted(MONTHS, key=len, reverse=True) if len(n) > 3)
    + r")\s+(?P<year>(?:19|20)\d\d)\b"
)
_WORD_CHAR = re.compile(r"\w")
_SLASHED = re.compile(r"\b([0-3]?\d)/([0-3]?\d)/(?:19|20)\d\d\b")
_MONTH_FIRST = frozenset({"US", "PH", "FM", "MH", "PW"})  # countries that write 11/21/2023
_SEARCH = 30
_AHEAD = dt.timedelta(days=200)  # years either side of the reference in which a weekday may be looked for
INFERENCE_PREFIXES = ("year ", "zone ")  # notes that explain a guess, not problems of the text


def named_years(text: str) -> list[int]:
    """Years the text names on their own or with a month ("Space 2013", "the February 2008 meeting")."""
    return [int(m.group()) for m in _BARE_YEAR.finditer(text)]


def month_anchor(text: str) -> dt.date | None:
    """The first month named with its year ("November 2007"), as a day in context: its 15th."""
    found = _MONTH_YEAR.search(text)
    while found is not None and found.start() > 0 and _WORD_CHAR.match(text, found.start() - 1):
        found = _MONTH_YEAR.search(text, found.start() + 1)  # a name inside a word is no month
    if found is None:
        return None
    return dt.date(int(found.group("year")), MONTHS[found.group("month").lower()], 15)


def weekday_parts(mentions: Iterable[Mention]) -> list[DayPart]:
    """The year-less days the item gives with a weekday, in order."""
    parts = []
    for mention in mentions:
        for part in (mention.first, mention.last):
            if part is not None and part.year is None and part.weekday is not None:
                parts.append(part)
    return parts


def _fits(part: DayPart, year: int) -> bool:
    try:
        return dt.date(year, part.month, part.day).weekday() == part.weekday
    except ValueError:
        return False


def year_of_weekdays(parts: list[DayPart], named: list[int], reference: dt.date) -> tuple[dt.date, str] | None:
    """The day in context for an item whose only clue to its year is its weekdays.

    Each candidate year counts the weekdays that fit in it (or in the next year, for
    a January date after a December one); the most fits win, then a year the item
    names, then the year nearest the reference date.
    """
    if not parts:
        return None
    first = parts[0]

    def fits(year: int) -> int:
        return sum(_fits(p, year) or ((p.month, p.day) < (first.month, first.day) and _fits(p, year + 1))
                   for p in parts)

    # A text that gives only weekdays announces days of the coming months, not of years ahead: later
    # candidates than that are not its days (a release read today was written on or before today).
    horizon = reference + _AHEAD
    years = [y for y in range(reference.year - _SEARCH, reference.year + 2) if _valid(first, y)
             and _day(first, y) <= horizon]
    scores = {year: fits(year) for year in years}
    best = max(scores.values(), default=0)
    if best == 0:
        return None
    winners = [y for y, s in scores.items() if s == best]
    named_winners = [y for y in winners if y in named]
    said = f"{first.day} {dt.date(2024, first.month, 1):%B}"
    weekday = dt.date(2024, 1, 1 + (first.weekday or 0)).strftime("%A")
    if named_winners:
        year = min(named_winners, key=lambda y: abs(y - reference.year))
        reason = f"the text gives none beside the date, but names {year}, in which {said} is a {weekday}"
    else:
        year = min(winners, key=lambda y: (abs((_day(first, y) - reference).days), -y))
        reason = (f"the text gives none; {said} is a {weekday} in {year}, the latest such year up to"
                  f" {horizon:%B %Y} (texts announce the coming months)")
    return _day(first, year), reason


def _valid(part: DayPart, year: int) -> bool:
    try:
        dt.date(year, part.month, part.day)
    except ValueError:
        return False
    return True


def _day(part: DayPart, year: int) -> dt.date:
    day = min(part.day, 28) if (part.month, part.day) == (2, 29) and not _valid(part, year) else part.day
    return dt.date(year, part.month, day)


def year_note(day: dt.date, reason: str) -> str:
    return f"year {day.year} inferred: {reason}"


def is_inference(note: str) -> bool:
    return note.startswith(INFERENCE_PREFIXES)


def numeric_order(text: str, country: str) -> str:
    """How the item writes 03/04/2024: as a date of it that reads one way only does, else as its country does."""
    for match in _SLASHED.finditer(text):
        a, b = int(match.group(1)), int(match.group(2))
        if a > 12 >= b:
            return "dmy"
        if b > 12 >= a:
            return "mdy"
    if not country:
        return ""
    return "mdy" if country in _MONTH_FIRST else "dmy"
