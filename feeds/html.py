"""Events -> the agenda page people read (HTML, Jinja2 with autoescape). Pure.

Events are grouped by day, upcoming days first, then past ones (newest
first), so an archive still reads naturally. `today` is a parameter: the
page never looks at the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import jinja2

from feeds.ics import CalendarInfo
from feeds.words import local_when, status_word, utc_when
from model import Event

_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("feeds", "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)


@dataclass(frozen=True, slots=True)
class Day:
    date: dt.date
    events: list[dict[str, object]]


def webcal_url(https_url: str) -> str:
    """The webcal:// form of a calendar URL, which opens the subscribe dialog of calendar apps."""
    parts = urlsplit(https_url)
    return urlunsplit(("webcal", parts.netloc, parts.path, parts.query, ""))


MAX_PAST = 300  # past events shown on the page, newest first: the calendar keeps them all


def render_page(events: Iterable[Event], info: CalendarInfo, today: dt.date) -> bytes:
    upcoming: dict[dt.date, list[Event]] = {}
    past: dict[dt.date, list[Event]] = {}
    ordered = sorted(events, key=lambda e: e.sort_key)
    ended = [e for e in ordered if _last_day(e) < today][-MAX_PAST:]
    for event in [e for e in ordered if _last_day(e) >= today] + ended:
        day = _local_day(event)
        (upcoming if _last_day(event) >= today else past).setdefault(day, []).append(event)
    base = info.base_url.rstrip("/")
    page = _ENVIRONMENT.get_template("index.html").render(
        info=info,
        base=base,
        calendar_url=f"{base}/calendar.ics",
        webcal_url=webcal_url(f"{base}/calendar.ics"),
        feed_url=f"{base}/feed.atom",
        upcoming=[Day(d, [_view(e) for e in upcoming[d]]) for d in sorted(upcoming)],
        past=[Day(d, [_view(e) for e in past[d]]) for d in sorted(past, reverse=True)],
        today=today,
    )
    return page.encode("utf-8")


def _local_day(event: Event) -> dt.date:
    return event.start.date() if isinstance(event.start, dt.datetime) else event.start


def _last_day(event: Event) -> dt.date:
    if isinstance(event.end, dt.datetime):
        return event.end.date()
    return event.end - dt.timedelta(days=1)


def _view(event: Event) -> dict[str, object]:
    timed = isinstance(event.start, dt.datetime)
    return {
        "uid": event.uid,
        "summary": event.summary,
        "kind": event.kind,
        "when": local_when(event),
        "time": f"{event.start:%H:%M} {event.start.tzname()}" if isinstance(event.start, dt.datetime) else "All day",
        "utc": utc_when(event),
        "iso_start": event.start.isoformat() if timed else "",
        "location": event.location,
        "sentence": event.sentence,
        "article_title": event.article_title,
        "article_url": event.article_url,
        "as_published": event.as_published,
        "status": status_word(event),
        "notes": list(event.notes),
    }


ASSETS = ("style.css", "localtime.js")


def asset(name: str) -> bytes:
    """A static file the page links to (its stylesheet and script), as bytes."""
    if name not in ASSETS:
        raise KeyError(name)
    loader = _ENVIRONMENT.loader
    assert loader is not None
    return loader.get_source(_ENVIRONMENT, name)[0].encode("utf-8")
