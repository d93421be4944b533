"""Past events -> numbered archive pages (output/past/N.html, served at /past/N). Pure.

The agenda page shows the newest past events only; the archive holds every one,
PAGE_SIZE a page, oldest first, so page N keeps its events as time goes on and
new past events land on the last page: an idle refresh rewrites no page and a
new day rewrites one or two. Each page links the one before and after it and
each event's own page, so every event is reachable by links from `/`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from feeds.html import ENVIRONMENT, Day
from feeds.words import clock, status_word
from model import CalendarInfo, Event

PAGE_SIZE = 300


def past_events(events: Iterable[Event], today: dt.date) -> list[Event]:
    """The events whose last day is before `today`, oldest first."""
    return sorted((e for e in events if e.last_day < today), key=lambda e: e.sort_key)


def page_count(past: list[Event]) -> int:
    return -(-len(past) // PAGE_SIZE)


def render_archive(events: Iterable[Event], info: CalendarInfo, today: dt.date) -> dict[str, bytes]:
    """Every archive page, by its path under output/ ("past/1.html", ...)."""
    past = past_events(events, today)
    pages = page_count(past)
    return {
        f"past/{number}.html": _render(tuple(past[(number - 1) * PAGE_SIZE: number * PAGE_SIZE]), number,
                                       number < pages, info)
        for number in range(1, pages + 1)
    }


@functools.lru_cache(maxsize=1024)
def _render(chunk: tuple[Event, ...], number: int, has_next: bool, info: CalendarInfo) -> bytes:
    """One page (remembered: a refresh that changed a recent event does not render the old pages again)."""
    days: dict[dt.date, list[Event]] = {}
    for event in chunk:
        days.setdefault(event.first_day, []).append(event)
    first, last = chunk[0].first_day, chunk[-1].first_day
    page = ENVIRONMENT.get_template("past.html").render(
        info=info,
        number=number,
        has_next=has_next,
        span=f"{first:%d %B %Y} – {last:%d %B %Y}",
        url=f"{info.base_url.rstrip('/')}/past/{number}",
        days=[Day(day, [_line(e) for e in days[day]]) for day in sorted(days)],
    )
    return page.encode("utf-8")


def _line(event: Event) -> dict[str, object]:
    """What an archive line shows; the event's page has the rest."""
    return {
        "uid": event.uid,
        "summary": event.summary,
        "time": clock(event),
        "status": status_word(event),
        "location": event.location,
    }
