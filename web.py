"""The HTTP face of presscal: `create_app()` serves what refresh rendered into output/.

Thin by design: routing, content types, caching headers and errors. Bytes are
kept in memory per file and re-read only when refresh replaced the file, so a
calendar app polling all day costs a stat and, mostly, a 304.

/subscribe takes the same filter (the agenda page's form sends it there) and
answers a page of that filter's canonical subscription URLs and matching events.

/calendar.ics, /feed.atom and /events.json also take a filter (`filters.py`
has the grammar): a filtered answer is rendered from output/events.json and
kept in a small LRU per (path, canonical query, events.json version). Another
spelling of a filter is redirected (301) to its canonical URL; a query that is
not a filter is a 400 with a sentence.

    gunicorn 'web:create_app()'     # configuration from $PRESSCAL_CONFIG
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytz
from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.http import http_date, parse_etags

import config as settings
from feeds.atom import render_feed
from feeds.events_json import render_json
from feeds.html import render_subscribe
from feeds.ics import CalendarInfo, render_calendar
from filters import Filter, FilterError, parse_query
from model import Event, PresscalError, event_from_dict

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]
MAX_QUERY_BYTES = 4096  # filters allow 1,000 characters; percent-encoding can triple that
_UID = re.compile(r"^presscal-[0-9a-f]{24}$")
_PAGE = re.compile(r"^[1-9][0-9]{0,6}$")  # an archive page's number, as refresh writes it
_TYPES = {
    ".ics": "text/calendar; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
}


@dataclass(frozen=True, slots=True)
class _Cached:
    stamp: tuple[int, int]  # (mtime_ns, size): refresh renames a new file in, which changes both
    data: bytes
    etag: str
    modified: float

    @classmethod
    def of(cls, stamp: tuple[int, int], data: bytes, modified: float) -> _Cached:
        """Bytes with their strong ETag (a hash: the same bytes always get the same tag)."""
        return cls(stamp, data, hashlib.sha256(data).hexdigest()[:32], modified)


class OutputFiles:
    """The rendered files of output/: the top-level ones read once per version, single-event files on demand."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._cache: dict[str, _Cached] = {}
        self._lock = threading.Lock()

    def get(self, relative: str) -> _Cached | None:
        path = self.folder / relative
        try:
            status = os.stat(path)
        except FileNotFoundError:
            return None
        stamp = (status.st_mtime_ns, status.st_size)
        cached = self._cache.get(relative)
        if cached is not None and cached.stamp == stamp:
            return cached
        fresh = _Cached.of(stamp, path.read_bytes(), status.st_mtime)
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
        self._rendered: OrderedDict[tuple[str, str, str], _Cached] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, relative: str, chosen: Filter) -> _Cached | None:
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
        fresh = _Cached.of(source.stamp, data, source.modified)
        with self._lock:
            self._rendered[key] = fresh
            while len(self._rendered) > self.size:
                self._rendered.popitem(last=False)
        return fresh

    def events(self) -> tuple[_Cached, list[Event]] | None:
        """output/events.json as read, and its events; None before the first build."""
        source = self.files.get("events.json")
        return None if source is None else (source, self._load(source))

    def _load(self, source: _Cached) -> list[Event]:
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


def create_app(config: settings.Config | None = None) -> Flask:
    """The presscal web app; `config` defaults to $PRESSCAL_CONFIG (or the built-in defaults)."""
    config = config or settings.load(os.environ.get("PRESSCAL_CONFIG"))
    app = Flask(__name__)
    app.config["PRESSCAL"] = config
    app.config["MAX_CONTENT_LENGTH"] = 16 * 1024  # nothing presscal accepts has a body worth more
    files = OutputFiles(Path(config.output))
    info = settings.calendar_info(config)
    filtered = FilteredFiles(files, info)
    max_age = min(300, config.refresh_minutes * 60)
    not_built = "The calendar has not been built yet: run `presscal build`."
    # Redirects point under the configured base_url, never under a SCRIPT_NAME a forwarder sent.
    base_path = "/" + urlsplit(config.base_url).path.strip("/") if urlsplit(config.base_url).path.strip("/") else ""

    def serve(relative: str, chosen: Filter | None = None) -> Response:
        cached = files.get(relative) if chosen is None else filtered.get(relative, chosen)
        if cached is None:
            if relative == "index.html" or not (Path(config.output) / "calendar.ics").exists():
                return _error(503, not_built)
            raise NotFound()
        return answer(cached, _TYPES[Path(relative).suffix])

    def answer(cached: _Cached, content_type: str) -> Response:
        response = Response(cached.data, content_type=content_type)
        response.set_etag(cached.etag)
        response.last_modified = cached.modified
        response.cache_control.public = True
        response.cache_control.max_age = max_age
        response = response.make_conditional(request)
        del response.headers["Date"]  # the HTTP server adds its own; two would be a protocol error
        return response

    def serve_filtered(relative: str) -> Response:
        """`relative` as it is, or filtered by the query string: 400 if it is no filter, 301 if not canonical."""
        query = request.query_string.decode("utf-8", "replace")
        if not query:
            return serve(relative)
        try:
            chosen = parse_query(query)
        except FilterError as exc:
            return _error(400, str(exc))
        canonical = chosen.canonical_query()
        if query != canonical:
            target = f"{base_path}/{relative}" + (f"?{canonical}" if canonical else "")
            moved = Response(f"301: This filter's canonical URL is {target}\n", status=301,
                             content_type="text/plain; charset=utf-8")
            moved.headers["Location"] = target
            return moved
        return serve(relative, chosen)

    @app.get("/")
    def index() -> Response:
        return serve("index.html")

    @app.get("/subscribe")
    def subscribe() -> Response:
        """The filter form's answer: the filter's canonical subscription URLs and a preview of its events."""
        query = request.query_string.decode("utf-8", "replace")
        try:
            chosen = parse_query(query)
        except FilterError as exc:
            return _error(400, str(exc))
        canonical = chosen.canonical_query()
        if query != canonical:  # a form sends every field, empty ones too: one URL per filter
            target = f"{base_path}/subscribe" + (f"?{canonical}" if canonical else "")
            found = Response(f"302: This selection's page is {target}\n", status=302,
                             content_type="text/plain; charset=utf-8")
            found.headers["Location"] = target
            return found
        loaded = filtered.events()
        if loaded is None:
            return _error(503, not_built)
        source, events = loaded
        today = dt.datetime.now(pytz.timezone(config.timezone)).date()
        data = render_subscribe(events, info, chosen, today)
        return answer(_Cached.of(source.stamp, data, source.modified),
                      _TYPES[".html"])

    @app.get("/calendar.ics")
    def calendar() -> Response:
        return serve_filtered("calendar.ics")

    @app.get("/feed.atom")
    def feed() -> Response:
        return serve_filtered("feed.atom")

    @app.get("/events.json")
    def events_json() -> Response:
        return serve_filtered("events.json")

    @app.get("/events/<uid>.ics")
    def event(uid: str) -> Response:
        if not _UID.match(uid):  # checked before any file is looked up: no path tricks
            raise NotFound()
        return serve(f"events/{uid}.ics")

    @app.get("/events/<uid>")
    def event_page(uid: str) -> Response:
        """The event's own page (output/events/UID.html), with the same UID check as its .ics."""
        if not _UID.match(uid):
            raise NotFound()
        return serve(f"events/{uid}.html")

    @app.get("/past/<number>")
    def past_page(number: str) -> Response:
        """A page of the agenda's archive (output/past/N.html), oldest events on page 1."""
        if not _PAGE.match(number):
            raise NotFound()
        return serve(f"past/{number}.html")

    @app.before_request
    def limit_requests() -> Response | None:
        """Refuse oversized requests before any work: bodies and query strings have small bounds."""
        if (request.content_length or 0) > app.config["MAX_CONTENT_LENGTH"]:
            return _error(413, "The request body is larger than presscal accepts (16 KiB).")
        if len(request.query_string) > MAX_QUERY_BYTES:
            return _error(414, f"The query string is longer than presscal accepts ({MAX_QUERY_BYTES} bytes).")
        return None

    @app.post("/refresh")
    def refresh_now() -> Response:
        """Refresh at once, for a publisher's hook; off (404) unless a refresh_token is configured."""
        if not config.refresh_token:
            raise NotFound()
        sent = request.headers.get("Authorization", "")
        if not hmac.compare_digest(sent.encode(), f"Bearer {config.refresh_token}".encode()):
            response = _error(401, "POST /refresh needs the header Authorization: Bearer <refresh_token>.")
            response.headers["WWW-Authenticate"] = 'Bearer realm="presscal"'
            return response
        from refresh import refresh  # only this route writes

        report = refresh(config, dt.datetime.now(dt.UTC))
        body = {"events": report.total, "added": report.added, "changed": report.changed,
                "refused": report.refused,
                "sources": [{"name": s.name, "error": s.error, "skipped": s.skipped} for s in report.sources]}
        answer = Response(json.dumps(body, indent=1) + "\n", content_type="application/json; charset=utf-8")
        answer.cache_control.no_store = True
        return answer

    @app.get("/health")
    def health() -> Response:
        """Each source's status, last success, last error, failed item pages and counts (health.py)."""
        from health import as_json
        from health import health as source_health  # the pages never need the database; only this does

        response = Response(as_json(source_health(config)), content_type="application/json; charset=utf-8")
        response.cache_control.no_store = True
        return response

    @app.get("/style.css")
    def style() -> Response:
        return serve("style.css")

    @app.get("/localtime.js")
    def script() -> Response:
        return serve("localtime.js")

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        response = _error(exc.code or 500, exc.description or exc.name)
        allow = dict(exc.get_headers()).get("Allow")
        if allow:  # a 405 must say what is allowed (RFC 9110 15.5.6)
            response.headers["Allow"] = allow
        return response

    @app.errorhandler(PresscalError)
    def presscal_error(exc: PresscalError) -> Response:
        return _error(500, str(exc))

    @app.after_request
    def security_headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS:
            response.headers.setdefault(name, value)
        return response

    from admin import register_admin  # /admin, the editors' pages: off unless an admin token or hash is set

    register_admin(app, config)
    app.wsgi_app = _not_modified_shortcut(app.wsgi_app, files, max_age)  # type: ignore[method-assign]
    return app


SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
)
_STATIC_PATHS = {"/": "index.html", "/calendar.ics": "calendar.ics", "/feed.atom": "feed.atom",
                 "/events.json": "events.json", "/style.css": "style.css", "/localtime.js": "localtime.js"}


def _not_modified_shortcut(flask_app: WSGIApp, files: OutputFiles, max_age: int) -> WSGIApp:
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
            if relative is None and path.startswith("/events/") and _UID.match(path[8:].removesuffix(".ics")):
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


def _error(status: int, sentence: str) -> Response:
    return Response(f"{status}: {sentence}\n", status=status, content_type="text/plain; charset=utf-8")
