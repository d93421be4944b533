"""The days an undated item can be of, by what it names: the terms of the office-holders it names in office, the
days of a numbered session, a rotating presidency's term, a gathering's months. Each is a Window: spans of days and
the words that say why, which the year resolver (parsers/itemyear.py, parsers/resolve.py) prefers a year in. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

Span = tuple[dt.date, dt.date]
NO_END = dt.date(9999, 12, 31)  # the end of a term still running
_AHEAD = dt.timedelta(days=61)  # how far after a term's end an item written in it may announce a day


@dataclass(frozen=True)
class Window:
    """The days an item can be of, by what it names: spans of (first, last) days."""

    spans: tuple[Span, ...]
    names: str  # "Jens Stoltenberg, NATO Secretary General from October 2014 to October 2024"
    # (how long after a span's end its item may announce a day: none for a session, whose span is of its days)
    after: dt.timedelta = _AHEAD

    def holds(self, day: dt.date) -> bool:
        """Can the item announce `day`: in a span, or some weeks after its end?"""
        return any(first <= day <= (last + self.after if last < NO_END else last) for first, last in self.spans)


def intersect(spans: list[Span], others: list[Span]) -> list[Span]:
    """The days both lists of spans hold, as spans."""
    return [(max(a, c), min(b, d)) for a, b in spans for c, d in others if max(a, c) <= min(b, d)]
