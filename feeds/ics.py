"""Events -> an iCalendar (RFC 5545) calendar, as bytes. Pure.

Every TZID has its VTIMEZONE; timed events carry their zone, all-day ones
VALUE=DATE with an exclusive DTEND. DTSTAMP and LAST-MODIFIED come from when
the event last changed, never from the clock, and events are sorted by
(start, UID), so the same events always give the same bytes. The bytes are
icalendar's for the same components (tests/test_ics_fast.py holds them to it):
icalendar writes the calendar's own lines, ORGANIZER, a date-time's parameters
and the zones' values once; the many per-event lines are written here with its
TEXT escaping, and folded at 75 octets as it folds (`_folded`), CRLF-ended.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from icalendar import Calendar, Component, vCalAddress, vDuration, vText
from icalendar import Event as VEvent
from icalendar.parser import _escape_char

from feeds.vtimezone import vtimezone_lines
from feeds.words import description
from model import CalendarInfo as CalendarInfo  # re-exported: its old home, for callers outside the core
from model import Event

PRODID = "-//presscal//presscal calendar//EN"


def event_page_url(base_url: str, uid: str) -> str:
    """The address of an event's own page (feeds/event_page.py renders it; output/events/UID.html)."""
    return f"{base_url.rstrip('/')}/events/{uid}"


def render_calendar(events: Iterable[Event], info: CalendarInfo, problems: list[str] | None = None) -> bytes:
    """A whole calendar of `events`; one that cannot be rendered is left out and said so in `problems`.

    Assembled from the bytes of its parts, each rendered once and remembered: a
    VEVENT is the same bytes in the whole calendar and in its single-event file,
    and a refresh that changed one event renders one VEVENT, not all of them.
    """
    vevents: list[tuple[Event, bytes]] = []
    for event in sorted(events, key=lambda e: e.sort_key):
        try:
            vevents.append((event, vevent_bytes(event, info)))
        except (ValueError, TypeError, OverflowError, KeyError, UnicodeError) as exc:
            if problems is not None:
                problems.append(f"event {event.uid} ({event.summary[:60]!r}) left out of the calendar: {exc}")
    chosen = [event for event, _ in vevents]
    parts = [_shell(info)]
    parts.extend(_vtimezone_bytes(zone, first, last) for zone, first, last in _zone_spans(chosen))
    parts.extend(data for _, data in vevents)
    parts.append(b"END:VCALENDAR\r\n")
    return b"".join(parts)


@functools.lru_cache(maxsize=64)
def _shell(info: CalendarInfo) -> bytes:
    """The calendar's own lines, up to where its components go."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", info.name)
    calendar.add("x-wr-calname", vText(info.name))
    calendar.add("description", info.description)
    calendar.add("x-wr-caldesc", vText(info.description))
    calendar.add("url", info.base_url.rstrip("/") + "/calendar.ics")
    interval = dt.timedelta(minutes=info.refresh_minutes)
    calendar.add("refresh-interval", interval, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(interval))
    whole = bytes(calendar.to_ical())
    end = b"END:VCALENDAR\r\n"
    assert whole.endswith(end)
    return whole[: -len(end)]


def _zone_spans(events: list[Event]) -> list[tuple[str, int, int]]:
    """Each zone a timed event uses, with the first and last year it is needed for."""
    years: dict[str, list[int]] = {}
    for event in events:
        if event.is_timed and event.timezone != "UTC":
            years.setdefault(event.timezone, []).extend([event.start.year, event.end.year])
    return [(zone, min(span), max(span)) for zone, span in sorted(years.items())]


@functools.lru_cache(maxsize=1024)
def _vtimezone_bytes(zone: str, first_year: int, last_year: int) -> bytes:
    return _lines_bytes(vtimezone_lines(zone, first_year, last_year))


@functools.lru_cache(maxsize=65536)
def vevent_bytes(event: Event, info: CalendarInfo) -> bytes:
    """One VEVENT as bytes (events are immutable, so the bytes can be remembered).

    Its lines are the ones icalendar writes for a Component of these properties, in icalendar's order
    (its canonical VEVENT order, then the rest alphabetically), but written straight from the event: building
    and serialising a Component per event took most of a calendar's rendering. What depends only on the
    calendar (ORGANIZER) or on a zone (a date-time's parameters) is still written by icalendar, once.
    tests/test_ics_fast.py checks these bytes against icalendar's own for many kinds of event.
    """
    changed = event.changed.astimezone(dt.UTC)
    lines = [
        "BEGIN:VEVENT",
        "SUMMARY:" + _escape_text(event.summary),
        _datetime_line("DTSTART", _value(event.start, event.timezone)),
        _datetime_line("DTEND", _value(event.end, event.timezone)),
        _datetime_line("DTSTAMP", changed),
        "UID:" + _escape_char(event.uid),
        f"SEQUENCE:{event.sequence:d}",
        "CATEGORIES:" + _escape_char(event.kind),
        "CLASS:PUBLIC",
        "DESCRIPTION:" + _escape_text(description(event)),
        _datetime_line("LAST-MODIFIED", changed),
    ]
    if event.location:
        lines.append("LOCATION:" + _escape_text(event.location))
    lines.append(_organizer_line(info))
    lines.append("STATUS:" + _escape_char(event.status))
    # Subscribers follow these events, they do not attend them: keep their free/busy free.
    lines.append("TRANSP:TRANSPARENT")
    # The event's page (RFC 5545 3.8.4.6: "a URL associated with the iCalendar object"); the
    # article's link stays in DESCRIPTION, and the page links the article too.
    lines.append("URL:" + event_page_url(info.base_url, event.uid))
    lines.append("END:VEVENT")
    return _lines_bytes(lines)


def _lines_bytes(lines: list[str]) -> bytes:
    """The lines, folded, each ended by CRLF. Most are short ASCII, which need no folding: they skip it."""
    return b"".join(line.encode("ascii") + b"\r\n" if len(line) <= _FOLD_AT and line.isascii()
                    else _folded(line) + b"\r\n" for line in lines)


@functools.lru_cache(maxsize=4)
def _organizer_line(info: CalendarInfo) -> str:
    """The ORGANIZER line, the same for every event of a calendar, as icalendar writes it (it quotes CN)."""
    component = VEvent()
    component.add("organizer", vCalAddress(info.organizer), parameters={"CN": info.name})
    return _only_line(component)


def _only_line(component: Component) -> str:
    lines = [line for line in component.content_lines() if line]
    assert len(lines) == 3, lines  # BEGIN, the property, END
    return str(lines[1])


def _datetime_line(name: str, moment: dt.datetime | dt.date) -> str:
    """A DATE or DATE-TIME property's line: its digits written here, what comes before and after them (the
    parameters, a Z) as icalendar writes them for that kind of value and that zone, asked once a zone."""
    if isinstance(moment, dt.datetime):
        digits = (f"{moment.year:04}{moment.month:02}{moment.day:02}"
                  f"T{moment.hour:02}{moment.minute:02}{moment.second:02}")
        key: tuple[str, dt.tzinfo | None, bool] = (name, moment.tzinfo, True)
    else:
        digits = f"{moment.year:04}{moment.month:02}{moment.day:02}"
        key = (name, None, False)
    form = _DATETIME_FORMS.get(key)
    if form is None:
        component = VEvent()
        component.add(name, moment)
        line = _only_line(component)
        at = line.rfind(digits)
        assert at > 0, line
        assert line[at + len(digits):] in ("", "Z"), line
        form = _DATETIME_FORMS[key] = (line[:at], line[at + len(digits):])
    return form[0] + digits + form[1]


# (property, tzinfo, is a date-time) -> the line's text before and after the value's digits. A tzinfo
# object names one zone (and offset), so the few a build meets are kept, never anything of an event's text.
_DATETIME_FORMS: dict[tuple[str, dt.tzinfo | None, bool], tuple[str, str]] = {}


def _folded(line: str) -> bytes:
    """`line` folded as icalendar folds it (at most 74 octets a part, never inside a character nor right after
    a backslash or caret that opens an escape), found on the encoded bytes instead of character by character:
    icalendar's own loop, a character at a time, took a third of a calendar's rendering."""
    assert "\n" not in line  # as icalendar's own folding asserts
    data = line.encode("utf-8")
    parts = []
    start = 0
    while len(data) - start > _FOLD_AT:
        end = start + _FOLD_AT
        while data[end] & 0xC0 == 0x80:  # a continuation byte: the character starts before
            end -= 1
        if end - start > 1 and data[end - 1] in b"\\^":
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts)


_FOLD_AT = 74  # octets a folded part may hold (RFC 5545: lines of 75 octets at most, the CRLF apart)


def _escape_text(text: str) -> str:
    """TEXT escaped as RFC 5545 3.3.11 says; icalendar's vText first turns a literal backslash-N into
    a line break, so a text that says \\N would come back changed."""
    for plain, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\r\n", "\\n"), ("\n", "\\n"),
                           ("\r", "\\n")):
        text = text.replace(plain, escaped)
    return text


def _value(moment: dt.datetime | dt.date, zone: str) -> dt.datetime | dt.date:
    if isinstance(moment, dt.datetime) and zone == "UTC":
        return moment.astimezone(dt.UTC)
    return moment
