"""The records of the date grammar: a day as the text gave it (`DayPart`) and one mention (`Mention`). Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class DayPart:
    """A day as the text gave it: the year and weekday may be missing."""

    day: int
    month: int
    year: int | None = None
    weekday: int | None = None  # 0 = Monday

    def in_year(self, year: int) -> dt.date | None:
        """This day in `year`; None where that year has no such day (29 February)."""
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None

    def weekday_fits(self, year: int) -> bool:
        """Whether the weekday the text gave is this day's weekday in `year` (whatever year the text gave)."""
        day = self.in_year(year)
        return day is not None and day.weekday() == self.weekday


# The kinds of mention that name a day (all but "time"), in words or figures.
DAY_KINDS = frozenset({"day", "span", "weekday", "weekdays", "relative", "published"})


class Mention(NamedTuple):
    """One date or time expression found in a sentence.

    A NamedTuple rather than a dataclass: mentions are made and moved (`shifted`)
    by the thousand, and tuples are the cheapest records Python has.
    """

    kind: str  # "day", "span", "relative", "published" (today, tomorrow), "weekday", "weekdays", "time"
    start: int
    end: int
    text: str
    first: DayPart | None = None  # day and span
    last: DayPart | None = None  # span
    offset: int = 0  # relative: days after the day in context; published: after the publication date;
    # weekday: its day of the month when the text gives it ("Friday (09)"; "Friday(12.1)" gives 1201, either
    # number may be the day), else 0; weekdays ("from Tuesday to
    # Thursday"): the days from the first to the last
    weekday: int | None = None  # weekday
    time: dt.time | None = None  # time
    until: dt.time | None = None  # time ranges
    zone: str = ""  # the zone label given with a time, as written
    note: str = ""  # how its reading was inferred, for its event's notes ("23일(금)": the month, dayheading)

    def shifted(self, by: int) -> Mention:
        """The same mention in a text that starts `by` characters later."""
        return Mention(self.kind, self.start - by, self.end - by, self.text, self.first, self.last, self.offset,
                       self.weekday, self.time, self.until, self.zone, self.note)


# A day of the month, a year and an hour of a day's clock as every language writes them ("12", "2025", "09", "18").
# The kind of a time that only says when a cut-off day ends ("bis 17. Januar, 12.00 Uhr"): a German or French reading
# that covers the English grammar's reading of the same clock, then is left out (dates.find_mentions).
CUT_OFF_HOUR = "cut-off hour"
DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])"
YEAR_NUMBER = r"(?:19|20)\d\d"
HOUR_NUMBER = r"(?:[01]?\d|2[0-3])"


def before_its_clock(weekdays: str, clock_words: str, sentence_end: bool = False) -> str:
    """The look-ahead after "Thursday 15" that makes it a weekday and its day of the month, its month in context:
    a comma or a colon that no figure or other weekday follows (not "Tuesday 10:30", "Monday 9, 10 and 11", "Friday
    22, Saturday 23 or Sunday 24 May"), or the clock's own word before its figures ("at 10:00", "alle 10", "à 10h").
    Every language's grammar writes its weekdays and its clock words into it. With `sentence_end`, the stop that ends
    a sentence counts as the comma does ("... in Cassazione giovedì 26, nei distretti sabato 28."), not a clock's
    ("martedì 10.30"): Italian news writes the weekday and its day so; English and Spanish do not often enough to
    outweigh "at 10:00 on Monday 17 and on Tuesday 18." and "la sesión del miércoles 18." read otherwise."""
    stop = r"|[ \t]*\.(?![ \t]*\d)" if sentence_end else ""
    return rf"(?=[ \t]*[,:](?![ \t]*(?:\d|{weekdays})){stop}|[ \t]+(?:{clock_words})[ \t]+\d)"


# A heading of one day: the weekday and its day of the month open a line and nothing but a colon or a stop follows
# them there ("SEGUNDA-FEIRA (14)", "Terça (28)", "Lunedì 23", "Jueves 6:"), as week agendas head each day, the month
# in context. The look-behind: the line's start (no character but a line break before it).
HEADING_START = r"(?<![^\n])"
HEADING_END = r"(?=[ \t]*[:.]?[ \t]*(?:\n|$))"


def day_part(day: str, month: int, year: str | None, weekday: int | None) -> DayPart | None:
    """The day, if the calendar has it ("31 November" is none; without a year, 2024, a leap year, lets 29 February
    through)."""
    try:
        dt.date(int(year) if year else 2024, month, int(day))
    except ValueError:
        return None
    return DayPart(int(day), month, int(year) if year else None, weekday)


def ordered_span(span: tuple[int, int, str], first: DayPart | None, last: DayPart | None) -> Mention | None:
    """A span of two days of one year, the first before the last (else None: "from 28 December to 2 January" is read
    as its two days)."""
    if first is None or last is None or (first.month, first.day) >= (last.month, last.day):
        return None
    return Mention("span", *span, first=first, last=last)
