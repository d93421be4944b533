"""The web app's caches: output/'s files in memory, filtered renderings, and the 304 shortcut.

Bytes are kept in memory per file and re-read only when refresh replaced the file,
so a calendar app polling all day costs a stat and, mostly, a 304. A filtered
answer is rendered from output/events.json and kept in a small LRU per (path,
canonical query, events.json version).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from werkzeug.http import http_date, parse_etags

from feeds.atom import render_feed
from feeds.events_json import render_json
from feeds.ics import render_calendar
from filters import Filter
from model import UID_RE, CalendarInfo, Event, event_from_dict

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]
TYPES = {
    ".ics": "text/calendar; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
}


@dataclass(frozen=True, slots=True)
class Cached:
    # (mtime_ns, size, inode): refresh renames a new file in, a new inode. Its mtime may equal the old one's
    # (the clock a file system stamps with ticks every few milliseconds) and its size too (one port for another).
    stamp: tuple[int, int, int]
    data: bytes
    etag: str
    modified: float

    @classmethod
    def of(cls, stamp: tuple[int, int, int], data: bytes, modified: float) -> Cached:
        """Bytes with their strong ETag (a hash: the same bytes always get the same tag)."""
        return cls(stamp, data, hashlib.sha256(data).hexdigest()[:32], modified)


class OutputFiles:
    """The rendered files of output/: the top-level ones read once per version, single-event files on demand."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._cache: dict[str, Cached] = {}
        self._lock = threading.Lock()

    def get(self, relative: str) -> Cached | None:
        path = self.folder / relative
        try:
            status = os.stat(path)
        except FileNotFoundError:
            return None
        stamp = (status.st_mtime_ns, status.st_size, status.st_ino)
        cached = self._cache.get(relative)
        if cached is not None and cached.stamp == stamp:
            return cached
        fresh = Cached.of(stamp, path.read_bytes(), status.st_mtime)
        if "/" not in relative:  # the few top-level files stay in memory; tens of thousands of events/ files do not
            with self._lock:
                self._cache[relative] = fresh
        return fresh


class FilteredFiles:
    """Filtered renderings of calendar.ics, feed.atom and events.json, made from output/events.json.

    The events are read once per version of events.json; renderings are kept in
    an LRU of `size` entries keyed by (file, canonical query, events.json ETag).
    """

    def __init__(self, files: OutputFiles, info: CalendarInfo, size: int = 64) -> None:
        self.files = files
        self.info = info
        self.size = size
        self._events: tuple[str, list[Event]] = ("", [])
        self._rendered: OrderedDict[tuple[str, str, str], Cached] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, relative: str, chosen: Filter) -> Cached | None:
        source = self.files.get("events.json")
        if source is None:
            return None
        query = chosen.canonical_query()
        key = (relative, query, source.etag)
        with self._lock:
            cached = self._rendered.get(key)
            if cached is not None:
                self._rendered.move_to_end(key)
                return cached
        data = self._render(relative, chosen.select(self._load(source)), query)
        fresh = Cached.of(source.stamp, data, source.modified)
        with self._lock:
            self._rendered[key] = fresh
            while len(self._rendered) > self.size:
                self._rendered.popitem(last=False)
        return fresh

    def events(self) -> tuple[Cached, list[Event]] | None:
        """output/events.json as read, and its events; None before the first build."""
        source = self.files.get("events.json")
        return None if source is None else (source, self._load(source))

    def _load(self, source: Cached) -> list[Event]:
        etag, events = self._events
        if etag != source.etag:
            events = [event_from_dict(record) for record in json.loads(source.data)["events"]]
            self._events = (source.etag, events)
        return events

    def _render(self, relative: str, events: list[Event], query: str) -> bytes:
        if relative == "calendar.ics":
            return render_calendar(events, self.info)
        if relative == "feed.atom":
            return render_feed(events, self.info, query)
        return render_json(events)


SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
)
_STATIC_PATHS = {"/": "index.html", "/calendar.ics": "calendar.ics", "/feed.atom": "feed.atom",
                 "/events.json": "events.json", "/style.css": "style.css", "/localtime.js": "localtime.js"}


def not_modified_shortcut(flask_app: WSGIApp, files: OutputFiles, max_age: int) -> WSGIApp:
    """Answer a calendar app's conditional poll of an unfiltered file without going through Flask.

    Subscribers poll all day and nearly always get a 304: this path costs a stat and a
    comparison, where the full request handling costs ten times more. Anything else,
    and any request it is not sure about, goes to Flask, which answers it the same way.
    """

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        tags = environ.get("HTTP_IF_NONE_MATCH")
        if tags and not environ.get("QUERY_STRING") and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            path = environ.get("PATH_INFO", "")
            relative = _STATIC_PATHS.get(path)
            if relative is None and path.startswith("/events/") and UID_RE.fullmatch(path[8:].removesuffix(".ics")):
                relative = path[1:] if path.endswith(".ics") else f"{path[1:]}.html"  # the event's .ics or page
            cached = files.get(relative) if relative else None
            if cached is not None and parse_etags(tags).contains(cached.etag):
                start_response("304 NOT MODIFIED", [
                    ("ETag", f'"{cached.etag}"'),
                    ("Last-Modified", http_date(cached.modified)),
                    ("Cache-Control", f"public, max-age={max_age}"),
                    *SECURITY_HEADERS,
                ])
                return [b""]
        return flask_app(environ, start_response)

    return app
