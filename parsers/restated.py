"""One moment said on several clocks is one event. Pure.

Advisories for readers in several zones give one time on each clock: "From 6:38 p.m. local time in
Kourou, or from 21:38 GMT", "a las 20:30 (horario de Brasilia); en Bolivia serán las 18:30", a row a
zone ("East Africa Time (GMT +3) | 16:00", "West African Countries (GMT) | 13:00"). Each clock's
time is the same instant; the reader's calendar wants it once. Two happenings at one instant told on
the same clock (two committee rooms at 10 am) stay two: the wall times or zones must differ. A clock past midnight
("11:32 p.m. EDT Tuesday (0332 GMT Wednesday)") is the same moment when its time, naming no day of its own, was put
on the day in context: the two then lie a day apart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from model import Event

# The clock in a time's words ("el jueves 24 de enero de 2019 20:30 (horario de Brasilia)": "20:30"), to find
# where a time the reader put together from several places of the text was written.
_CLOCK = re.compile(r"\d{1,2}[:.h]\d\d|\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)
_NEAR = 400  # characters: the clocks of one moment are given together, in one sentence or the rows after it
_DAY = dt.timedelta(days=1)


def one_per_instant(events: list[Event], body: str) -> list[Event]:
    """`events` of one article, those that restate an earlier one's instant on another clock left out."""
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if _restates(k, event, body)), None)
        if twin is None:
            kept.append(event)
            continue
        index = kept.index(twin)
        if twin.start != event.start:  # over midnight: the time whose day the text gave is the one kept
            first, other = (event, twin) if "date" in twin.inferred else (twin, event)
        elif _first_at(twin, body) <= _first_at(event, body):
            first, other = twin, event
        else:
            first, other = event, twin
        note = f"time also given as {other.as_published} ({other.timezone}): the same moment on another clock"
        kept[index] = dataclasses.replace(first, notes=(*first.notes, note))
    return kept


def _over_midnight(kept: Event, event: Event) -> bool:
    """"9:10 p.m. local time in Kourou on Tuesday, or 00:10 GMT": the other clock is past midnight, and the time that
    names no day of its own was put on the day in context, a day off."""
    if not isinstance(kept.start, dt.datetime) or not isinstance(event.start, dt.datetime):
        return False
    return abs(kept.start - event.start) == _DAY and ("date" in kept.inferred) != ("date" in event.inferred)


def _first_at(event: Event, body: str) -> int:
    """Where the text first gives the event's time: the clock written first is the one the writer goes by."""
    return min(_positions(event.as_published, body), default=len(body))


def _restates(kept: Event, event: Event, body: str) -> bool:
    if not isinstance(kept.start, dt.datetime) or not isinstance(event.start, dt.datetime):
        return False
    if kept.start != event.start and not _over_midnight(kept, event):
        return False
    # One clock: the same zone and the same clock written ("10 am" twice); "16:00 (GMT +3)" and "13:00 (GMT)" are
    # two clocks though both are shown in UTC, a fixed offset having no zone of its own.
    same_clock = kept.timezone == event.timezone and (
        _CLOCK.findall(kept.as_published) == _CLOCK.findall(event.as_published)
        or _start_clock(kept.as_published) == _start_clock(event.as_published) != "")
    if same_clock or kept.as_published == event.as_published:
        return False
    if "zone" in kept.inferred and "zone" in event.inferred:
        return False  # two clocks the reader guessed from places may meet at one instant by chance
    return _near(kept.as_published, event.as_published, body)


# The hour a time's words start at: "7" of "7-9 p.m. ET" and of "7-8 p.m. ET" (two cards of one evening on one
# clock, each with its own end), "16" of "16:00 (GMT +3)"; not a day's number ("September 22 7-9 p.m.").
_START = re.compile(r"(?<![\d:.])(\d{1,2})(?:[:.h]\s?(\d\d))?"
                    r"(?=\s*(?:[-–—]|to\b|until\b|[ap]\.?\s?m\b|h\b|hrs?\b|Uhr\b))",
                    re.IGNORECASE)


def _start_clock(words: str) -> str:
    found = _START.search(words)
    return f"{int(found.group(1))}:{found.group(2) or '00'}" if found else ""


def _near(first: str, second: str, body: str) -> bool:
    """Are the two times written within a few lines of each other?"""
    at_first = _positions(first, body)
    at_second = _positions(second, body)
    return any(abs(a - b) <= _NEAR for a in at_first for b in at_second)


def _positions(words: str, body: str) -> list[int]:
    found = []
    for piece in [words] if words in body else _CLOCK.findall(words):
        at = body.find(piece)
        while at >= 0:
            found.append(at)
            at = body.find(piece, at + 1)
    return found
