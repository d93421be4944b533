"""Events -> the agenda page people read, and the subscribe page of a filter (HTML, Jinja2 with autoescape). Pure.

Events are grouped by day, upcoming days first, then past ones (newest
first), so an archive still reads naturally. `today` is a parameter: the
pages never look at the clock.

The agenda page carries a filter form (plain HTML, no script) whose GET goes
to /subscribe; `render_subscribe` makes that page: the filter's canonical
calendar, webcal, Google Calendar, Atom and JSON URLs and a preview of the
events it selects.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

import jinja2
from markupsafe import Markup

from feeds.ics import event_page_url
from feeds.words import clock, local_when, status_word, utc_when
from filters import Filter
from model import LABELS, CalendarInfo, Event

# The templates of every page presscal writes (agenda, subscribe, archive, event pages).
ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("feeds", "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
    auto_reload=False,  # fifty thousand event pages a refresh: no stat of the template for each
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


MAX_PREVIEW = 100  # events listed on a subscribe page: the subscription itself has them all
# The filter form's kinds: (value, label), "any" first.
KIND_CHOICES: tuple[tuple[str, str], ...] = (("", "Any kind"),) + tuple(
    (kind, LABELS[kind]) for kind in sorted(LABELS, key=lambda k: LABELS[k])
)


def google_calendar_url(webcal: str) -> str:
    """Google Calendar's "add by URL" link for a webcal:// subscription."""
    return "https://calendar.google.com/calendar/render?cid=" + quote(webcal, safe="")


def _links(info: CalendarInfo, query: str) -> dict[str, str]:
    """The subscription URLs of the whole calendar (`query` "") or of a filter's canonical query."""
    base = info.base_url.rstrip("/")
    suffix = f"?{query}" if query else ""
    webcal = webcal_url(f"{base}/calendar.ics{suffix}")
    return {
        "calendar_url": f"{base}/calendar.ics{suffix}",
        "webcal_url": webcal,
        "google_url": google_calendar_url(webcal),
        "feed_url": f"{base}/feed.atom{suffix}",
        "json_url": f"{base}/events.json{suffix}",
    }


def render_page(events: Iterable[Event], info: CalendarInfo, today: dt.date, archive_pages: int = 0) -> bytes:
    """The agenda; `archive_pages` is how many past/N pages there are (the link goes to the newest)."""
    upcoming, past = _days(events, today, MAX_PAST)
    page = ENVIRONMENT.get_template("index.html").render(
        info=info,
        base=info.base_url.rstrip("/"),
        **_links(info, ""),
        upcoming=upcoming,
        past=past,
        today=today,
        form=_form_values(Filter()),
        kinds=KIND_CHOICES,
        archive_pages=archive_pages,
        jsonld=jsonld_script(_item_list(upcoming + past, info)),
    )
    return page.encode("utf-8")


def jsonld_script(data: object) -> Markup:
    """A <script type="application/ld+json"> block; <, > and & escaped so no text can close the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">\n{text}\n</script>')


def _item_list(days: list[Day], info: CalendarInfo) -> dict[str, object]:
    """The schema.org ItemList of the events on the page, each pointing at its own page."""
    items = [{"@type": "ListItem", "position": position, "url": event_page_url(info.base_url, str(event["uid"])),
              "name": event["summary"]}
             for position, event in enumerate((e for day in days for e in day.events), start=1)]
    return {"@context": "https://schema.org", "@type": "ItemList", "name": info.name,
            "numberOfItems": len(items), "itemListElement": items}


def render_subscribe(events: Iterable[Event], info: CalendarInfo, chosen: Filter, today: dt.date) -> bytes:
    """The subscribe page of `chosen`: its canonical URLs and the events it selects (at most MAX_PREVIEW)."""
    selected = chosen.select(events)
    upcoming, past = _days(selected, today, MAX_PREVIEW, MAX_PREVIEW)
    shown = sum(len(day.events) for day in upcoming + past)
    query = chosen.canonical_query()
    page = ENVIRONMENT.get_template("subscribe.html").render(
        info=info,
        query=query,
        **_links(info, query),
        selection=describe(chosen),
        upcoming=upcoming,
        past=past,
        total=len(selected),
        shown=shown,
        form=_form_values(chosen),
        kinds=KIND_CHOICES,
    )
    return page.encode("utf-8")


def describe(chosen: Filter) -> list[str]:
    """What `chosen` selects, one short phrase per condition; empty for the whole calendar."""
    phrases = []
    if chosen.categories:
        phrases.append("Kind: " + " or ".join(LABELS.get(c, c).lower() for c in chosen.categories))
    if chosen.place:
        phrases.append(f"Place contains “{chosen.place}”")
    if chosen.q:
        phrases.append(f"Text contains “{chosen.q}”")
    if chosen.from_day:
        phrases.append(f"On or after {chosen.from_day:%A %d %B %Y}")
    if chosen.to_day:
        phrases.append(f"On or before {chosen.to_day:%A %d %B %Y}")
    if not chosen.tentative:
        phrases.append("Confirmed events only (no tentative ones)")
    return phrases


def _form_values(chosen: Filter) -> dict[str, object]:
    """The filter form's fields, filled in with `chosen`."""
    return {
        "categories": chosen.categories,
        "place": chosen.place,
        "q": chosen.q,
        "from": chosen.from_day.isoformat() if chosen.from_day else "",
        "to": chosen.to_day.isoformat() if chosen.to_day else "",
        "tentative": chosen.tentative,
    }


def _days(events: Iterable[Event], today: dt.date, max_past: int,
          max_total: int | None = None) -> tuple[list[Day], list[Day]]:
    """Upcoming days (soonest first) and at most `max_past` past events by day (newest first);
    with `max_total`, at most that many events in all, upcoming ones first."""
    upcoming: dict[dt.date, list[Event]] = {}
    past: dict[dt.date, list[Event]] = {}
    ordered = sorted(events, key=lambda e: e.sort_key)
    coming = [e for e in ordered if e.last_day >= today]
    if max_total is not None:
        coming = coming[:max_total]
        max_past = min(max_past, max_total - len(coming))
    ended = [e for e in ordered if e.last_day < today][-max_past:] if max_past > 0 else []
    for event in coming + ended:
        day = event.first_day
        (upcoming if event.last_day >= today else past).setdefault(day, []).append(event)
    return (
        [Day(d, [_view(e) for e in upcoming[d]]) for d in sorted(upcoming)],
        [Day(d, [_view(e) for e in past[d]]) for d in sorted(past, reverse=True)],
    )


def _view(event: Event) -> dict[str, object]:
    return {
        "uid": event.uid,
        "summary": event.summary,
        "kind": event.kind,
        "when": local_when(event),
        "time": clock(event),
        "utc": utc_when(event),
        "iso_start": event.start.isoformat() if event.is_timed else "",
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
    loader = ENVIRONMENT.loader
    assert loader is not None
    return loader.get_source(ENVIRONMENT, name)[0].encode("utf-8")
