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

    def shifted(self, by: int) -> Mention:
        """The same mention in a text that starts `by` characters later."""
        return Mention(self.kind, self.start - by, self.end - by, self.text, self.first, self.last, self.offset,
                       self.weekday, self.time, self.until, self.zone)
