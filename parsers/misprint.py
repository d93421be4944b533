"""A date misprinted beside its right one: the event whose weekday fails, when the same item states the same
weekday and clock on a date that fits, is that event. Pure.

Listings repeat a meeting's day in a field ("Date & Time: Tuesday, July 23, 2023 at 9:00 a.m.") under a sentence
that gives it right ("will meet at 9:00 a.m. on Tuesday, July 18, 2023"). The field's date is a slip of the pen:
23 July 2023 is a Sunday. The event on the misprinted day is left out when another event of the item, within a
week of it, falls on the weekday the text says, at the same wall-clock time.
"""

from __future__ import annotations

import datetime as dt
import re

from model import Event
from parsers.dates import find_mentions

_SAYS = re.compile(r"^the text says (?P<said>[A-Z][a-z]+day), but ")
_WEEK = 7  # days: a slip of the pen is in the day's figure, not a week away


def without_misprints(events: list[Event]) -> list[Event]:
    """`events` of one article, each timed one whose weekday the text contradicts left out when another, within a
    week, is on the said weekday at the same clock time; each day-long one when another is on the said weekday on a
    day of that month its figures slipped from ("Kamis (1/6)" beside the meeting of "Kamis (18/6)" at 16.00)."""
    def said(event: Event) -> str | None:
        return next((m["said"] for n in event.notes if (m := _SAYS.match(n))), None)

    doomed = set()
    for at, event in enumerate(events):
        weekday = said(event)
        if weekday is None:
            continue
        if not isinstance(event.start, dt.datetime):
            # (the right day stated with that weekday in its own sentence, "Kamis (18/6)": not a row under a day line
            # whose weekday is as far off, "Thursday 12 March" of a diary a year away)
            if any(other is not event and said(other) is None and other.start.strftime("%A") == weekday
                   and _figure_slipped(event.start, _day_of(other.start))
                   and _names_its_weekday(other.sentence, _day_of(other.start)) for other in events):
                doomed.add(at)
            continue
        if any(other is not event and isinstance(other.start, dt.datetime) and said(other) is None
               and other.start.strftime("%A") == weekday and other.start.time() == event.start.time()
               and abs((other.start.date() - event.start.date()).days) < _WEEK for other in events):
            doomed.add(at)
    return events if not doomed else [e for at, e in enumerate(events) if at not in doomed]


def _names_its_weekday(sentence: str, day: dt.date) -> bool:
    """Does the sentence give the day with its weekday ("Kamis (18/6)", "Thursday, March 13")?"""
    return any(m.first is not None and m.first.weekday == day.weekday() and m.first.day == day.day
               for m in find_mentions(sentence) if m.kind == "day")


def _day_of(start: dt.date) -> dt.date:
    return start.date() if isinstance(start, dt.datetime) else start


def _figure_slipped(wrong: dt.date, right: dt.date) -> bool:
    """Is `wrong` a slip of the pen for `right`: the same month, its day's figures one of the right day's dropped
    ("1" for "18") or one figure changed ("13" for "18")?"""
    if (wrong.year, wrong.month) != (right.year, right.month) or wrong == right:
        return False
    said, meant = str(wrong.day), str(right.day)
    return said in meant or meant in said or len(said) == len(meant) == 2 \
        and sum(a != b for a, b in zip(said, meant, strict=True)) == 1
