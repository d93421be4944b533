"""One event -> its own page (HTML with schema.org Event JSON-LD and link-preview meta tags). Pure.

The page lives at /events/UID (the file output/events/UID.html) and depends on
the event and the calendar's settings only, never on the clock or on other
events, so a refresh rewrites the pages of the events that changed and no
other. Links inside it are relative (../style.css, UID.ics), so output/ can be
published by any static server as well as by web.py.
"""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace
from urllib.parse import quote_plus, urlsplit

from feeds.html import ENVIRONMENT, jsonld_script
from feeds.ics import event_page_url
from feeds.words import local_when, status_word, utc_when
from filters import fold
from model import CANCELLED, LABELS, CalendarInfo, Event

SCHEMA = "https://schema.org/"
# General forms of "this is online" and "this is free"; anything else is not claimed either way.
_ONLINE = re.compile(r"\b(online|virtual(ly)?|webcast|web-?stream(ed)?|live-?stream(ed)?|video ?conference)\b", re.I)
_FREE = re.compile(r"\b(free of charge|free (admission|entry)|(admission|entry|entrance) is free)\b", re.I)
_INFERRED_WORDS = {"year": "the year", "zone": "the time zone", "end": "the end", "date": "the date"}


def page_path(uid: str) -> str:
    """The event page's path under the site root and under output/ (without .html)."""
    return f"events/{uid}"


page_url = event_page_url


def schema_date(moment: dt.datetime | dt.date) -> str:
    """ISO 8601 as schema.org wants it: with the UTC offset for a time, the bare date for a day."""
    if isinstance(moment, dt.datetime):
        return moment.isoformat(timespec="seconds")
    return moment.isoformat()


def event_status(event: Event) -> str:
    if event.status == CANCELLED:
        return SCHEMA + "EventCancelled"
    if event.previous_start is not None:
        return SCHEMA + "EventRescheduled"
    return SCHEMA + "EventScheduled"


def attendance_mode(event: Event) -> str:
    """Online when the text says so, offline when it gives a place, mixed when both."""
    online = any(_ONLINE.search(text) for text in (event.summary, event.location, event.sentence))
    if online:
        return SCHEMA + ("MixedEventAttendanceMode" if event.location else "OnlineEventAttendanceMode")
    return SCHEMA + "OfflineEventAttendanceMode"


def organizer(event: Event) -> dict[str, str]:
    """The organisation that published the release (its site's address when the article has a link)."""
    found = {"@type": "Organization", "name": event.org or event.source}
    parts = urlsplit(event.article_url)
    if parts.scheme in ("http", "https") and parts.netloc:
        found["url"] = f"{parts.scheme}://{parts.netloc}/"
    return found


def event_jsonld(event: Event, info: CalendarInfo) -> dict[str, object]:
    """The schema.org Event of `event`, as a JSON-LD object."""
    # RFC 5545 all-day ends are exclusive; schema.org's are not.
    end: dt.datetime | dt.date = event.end if isinstance(event.end, dt.datetime) else event.last_day
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.summary,
        "startDate": schema_date(event.start),
        "endDate": schema_date(end),
        "eventStatus": event_status(event),
        "eventAttendanceMode": attendance_mode(event),
        "organizer": organizer(event),
        "url": page_url(info.base_url, event.uid),
        "description": event.sentence,
    }
    if event.location:
        data["location"] = {"@type": "Place", "name": event.location, "address": event.location}
    elif data["eventAttendanceMode"] == SCHEMA + "OnlineEventAttendanceMode":
        data["location"] = {"@type": "VirtualLocation", "url": event.article_url or data["url"]}
    if _FREE.search(event.sentence):
        data["isAccessibleForFree"] = True
    if event.previous_start is not None:
        data["previousStartDate"] = schema_date(event.previous_start)
    return data


def google_template_url(event: Event, info: CalendarInfo) -> str:
    """Google Calendar's "create event" link, filled in with this event."""
    if isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime):
        start, end = (m.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ") for m in (event.start, event.end))
    else:
        start, end = f"{event.start:%Y%m%d}", f"{event.end:%Y%m%d}"
    # Only free text is quoted: digits, "T", "Z" and "/" are safe in a query (RFC 3986 3.4), and
    # quoting costs more than the rest of the link on fifty thousand pages a refresh.
    link = (f"https://calendar.google.com/calendar/render?action=TEMPLATE&text={quote_plus(event.summary)}"
            f"&dates={start}/{end}&details={quote_plus(page_url(info.base_url, event.uid))}")
    if event.location:
        link += f"&location={quote_plus(event.location)}"
    if event.timezone and event.timezone != "UTC":
        link += "&ctz=" + event.timezone.replace("+", "%2B")  # IANA names: letters, digits, / _ - +
    return link


def preview_text(event: Event) -> str:
    """The one line a link preview shows under the title: when, where, status."""
    parts = [status_word(event), local_when(event), event.location]
    return " · ".join(p for p in parts if p)


def _related(event: Event) -> dict[str, str]:
    """The subscribe pages of the same day and of the same place, at the canonical URLs of their
    filters (Filter.canonical_query's spelling, written out: tests check they answer without a redirect)."""
    day = event.first_day.isoformat()
    links = {"same_day": f"../subscribe?from={day}&to={day}"}
    if event.location:
        links["same_place"] = f"../subscribe?place={quote_plus(fold(event.location))}"
    return links


def _view(event: Event, info: CalendarInfo) -> SimpleNamespace:
    """What the template shows; attributes, which Jinja finds at once (a dict costs it an exception each)."""
    timed = event.is_timed
    ends = ""
    if isinstance(event.end, dt.datetime):
        ends = f"{event.end:%H:%M}" if event.first_day == event.end.date() else f"{event.end:%a %d %b %Y, %H:%M}"
    return SimpleNamespace(**{
        "uid": event.uid,
        "summary": event.summary,
        "kind": LABELS.get(event.kind, event.kind),
        "when": local_when(event) + (f" – {ends} {event.end.tzname()}" if ends else ""),  # type: ignore[union-attr]
        "zone": event.timezone,
        "iso_start": event.start.isoformat() if timed else "",
        "utc": utc_when(event),
        "as_published": event.as_published,
        "location": event.location,
        "status": status_word(event),
        "cancelled": event.status == CANCELLED,
        "change": event.change,
        "previous": local_when_of(event.previous_start) if event.previous_start is not None else "",
        "sentence": event.sentence,
        "article_title": event.article_title,
        "article_url": event.article_url,
        "published": f"{event.published:%A %d %B %Y}" if event.published else "",
        "source": event.org or event.source,
        "inferred": [_INFERRED_WORDS.get(w, w) for w in sorted(event.inferred)
                     if not (w == "end" and event.end_estimate)],  # the estimate says why, below
        "end_estimate": event.end_estimate[:1].upper() + event.end_estimate[1:],
        "notes": list(event.notes),
        "changed": event.changed.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "sequence": event.sequence,
    })


def local_when_of(moment: dt.datetime | dt.date) -> str:
    if isinstance(moment, dt.datetime):
        return f"{moment:%a %d %b %Y, %H:%M} {moment.tzname()}"
    return f"{moment:%a %d %b %Y}"


def render_event_page(event: Event, info: CalendarInfo) -> bytes:
    """The page of `event`."""
    url = page_url(info.base_url, event.uid)
    title = f"{event.summary} · {info.name}"
    page = ENVIRONMENT.get_template("event.html").render(
        info=info,
        event=_view(event, info),
        title=title,
        preview=preview_text(event),
        url=url,
        jsonld=jsonld_script(event_jsonld(event, info)),
        google_url=google_template_url(event, info),
        **_related(event),
    )
    return page.encode("utf-8")
