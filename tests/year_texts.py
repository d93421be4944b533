"""What the tests of a year's reading share: a small text of our own run through the whole parser with a
reference date far from the text's years, so that a wrong guess shows."""

from __future__ import annotations

import datetime as dt

from model import Event
from parsers import extract

REFERENCE = dt.date(2026, 12, 1)


def events_of(body: str, title: str) -> list[Event]:
    return extract(f"{title}\n\nSource: Press office\n\n{body}\n", source="t", reference=REFERENCE).events


def starts(events: list[Event]) -> list[str]:
    """The timed events' starts in UTC, sorted."""
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)


def days_of(events: list[Event]) -> list[str]:
    """Every event's first day, sorted."""
    return sorted((e.start if isinstance(e.start, dt.date) and not isinstance(e.start, dt.datetime)
                   else e.start.date()).isoformat() for e in events)
