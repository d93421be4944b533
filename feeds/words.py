"""The words every output uses about an event: when, in UTC, and its description. Pure."""

from __future__ import annotations

import datetime as dt

from model import CANCELLED, TENTATIVE, Event


def local_when(event: Event) -> str:
    """'Mon 20 Nov 2023, 09:15 CET' or 'Sun 19 – Wed 22 Nov 2023' in the event's own zone."""
    if isinstance(event.start, dt.datetime):
        return f"{event.start:%a %d %b %Y, %H:%M} {event.start.tzname()}"
    if event.last_day == event.start:
        return f"{event.start:%a %d %b %Y}"
    return f"{event.start:%a %d %b} – {event.last_day:%a %d %b %Y}"


def clock(event: Event) -> str:
    """'09:15 CET' on the event's own clock, or 'All day'."""
    return f"{event.start:%H:%M} {event.start.tzname()}" if isinstance(event.start, dt.datetime) else "All day"


def utc_when(event: Event) -> str:
    """The start (and end) instant in UTC, or '' for an all-day event."""
    if not isinstance(event.start, dt.datetime) or not isinstance(event.end, dt.datetime):
        return ""
    start = event.start.astimezone(dt.UTC)
    end = event.end.astimezone(dt.UTC)
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M} UTC"


def status_word(event: Event) -> str:
    return {CANCELLED: "Cancelled", TENTATIVE: "Tentative"}.get(event.status, "")


def description(event: Event) -> str:
    """The DESCRIPTION text: the source sentence first, then when, what was inferred, where from."""
    lines = [event.sentence, ""]
    if event.status in (CANCELLED, TENTATIVE):
        lines.append(f"Status: {status_word(event)}")
    if event.change:
        lines.append(f"Changed: {event.change}")
    lines.append(f"As published: {event.as_published}")
    if utc_when(event):
        lines.append(f"In UTC: {utc_when(event)}")
    if event.end_estimate:
        lines.append(event.end_estimate[0].upper() + event.end_estimate[1:] + ".")
    guessed = sorted(event.inferred - {"end"})
    if guessed:
        lines.append("Inferred from context: " + ", ".join(guessed) + ".")
    lines.extend(f"Note: {note}." for note in event.notes)
    lines.append(f"Article: {event.article_title}")
    if event.article_url:
        lines.append(f"Link: {event.article_url}")
    lines.append(f"Source: {event.source}")
    return "\n".join(lines)
