"""The pages and files of the web app, as a Blueprint; what they share is the app's `Site`.

/subscribe takes the same filter as the files (the agenda page's form sends it
there) and answers a page of that filter's canonical subscription URLs and
matching events. /calendar.ics, /feed.atom and /events.json also take a filter
(`filters.py` has the grammar). Another spelling of a filter is redirected to
its canonical URL; a query that is not a filter is a 400 with a sentence.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import re
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import HTTPException, NotFound

import config as settings
from feeds.html import render_subscribe
from filters import Filter, FilterError, parse_query
from model import UID_RE, CalendarInfo, PresscalError
from web_cache import SECURITY_HEADERS, TYPES, Cached, FilteredFiles, OutputFiles
from web_store import app_store

EXTENSION = "presscal.site"
MAX_QUERY_BYTES = 4096  # filters allow 1,000 characters; percent-encoding can triple that
RETRY_REFRESH = 60  # seconds a publisher's hook is asked to wait while another refresh runs
NOT_BUILT = "The calendar has not been built yet: run `presscal build`."
_PAGE = re.compile(r"^[1-9][0-9]{0,6}$")  # an archive page's number, as refresh writes it

views = Blueprint("presscal", __name__)


@dataclass(frozen=True, slots=True)
class Site:
    """What every view of one app reads: its configuration and its caches."""

    config: settings.Config
    files: OutputFiles
    filtered: FilteredFiles
    info: CalendarInfo
    max_age: int
    base_path: str  # redirects point under the configured base_url, never under a SCRIPT_NAME a forwarder sent


def _site() -> Site:
    site: Site = current_app.extensions[EXTENSION]
    return site


def error(status: int, sentence: str) -> Response:
    return Response(f"{status}: {sentence}\n", status=status, content_type="text/plain; charset=utf-8")


def serve(relative: str, chosen: Filter | None = None) -> Response:
    site = _site()
    cached = site.files.get(relative) if chosen is None else site.filtered.get(relative, chosen)
    if cached is None:
        if relative == "index.html" or not (Path(site.config.output) / "calendar.ics").exists():
            return error(503, NOT_BUILT)
        raise NotFound()
    return answer(cached, TYPES[Path(relative).suffix])


def answer(cached: Cached, content_type: str) -> Response:
    response = Response(cached.data, content_type=content_type)
    response.set_etag(cached.etag)
    response.last_modified = cached.modified
    response.cache_control.public = True
    response.cache_control.max_age = _site().max_age
    response = response.make_conditional(request)
    del response.headers["Date"]  # the HTTP server adds its own; two would be a protocol error
    return response


def canonical_filter(path: str, status: int, said: str) -> Filter | Response:
    """The request's filter; or a 400 if its query is no filter, or a redirect (`status`) to its canonical URL."""
    query = request.query_string.decode("utf-8", "replace")
    try:
        chosen = parse_query(query)
    except FilterError as exc:
        return error(400, str(exc))
    canonical = chosen.canonical_query()
    if query == canonical:
        return chosen
    target = f"{_site().base_path}/{path}" + (f"?{canonical}" if canonical else "")
    moved = Response(f"{status}: {said} {target}\n", status=status, content_type="text/plain; charset=utf-8")
    moved.headers["Location"] = target
    return moved


def serve_filtered(relative: str) -> Response:
    """`relative` as it is, or filtered by the query string: 400 if it is no filter, 301 if not canonical."""
    if not request.query_string:
        return serve(relative)
    chosen = canonical_filter(relative, 301, "This filter's canonical URL is")
    return chosen if isinstance(chosen, Response) else serve(relative, chosen)


@views.get("/")
def index() -> Response:
    return serve("index.html")


@views.get("/subscribe")
def subscribe() -> Response:
    """The filter form's answer: the filter's canonical subscription URLs and a preview of its events."""
    # A form sends every field, empty ones too: one URL per filter (302: the form's answer may change).
    chosen = canonical_filter("subscribe", 302, "This selection's page is")
    if isinstance(chosen, Response):
        return chosen
    site = _site()
    loaded = site.filtered.events()
    if loaded is None:
        return error(503, NOT_BUILT)
    source, events = loaded
    today = settings.calendar_today(site.config, dt.datetime.now(dt.UTC))
    data = render_subscribe(events, site.info, chosen, today)
    return answer(Cached.of(source.stamp, data, source.modified), TYPES[".html"])


@views.get("/calendar.ics")
def calendar() -> Response:
    return serve_filtered("calendar.ics")


@views.get("/feed.atom")
def feed() -> Response:
    return serve_filtered("feed.atom")


@views.get("/events.json")
def events_json() -> Response:
    return serve_filtered("events.json")


@views.get("/events/<uid>.ics")
def event(uid: str) -> Response:
    if not UID_RE.fullmatch(uid):  # checked before any file is looked up: no path tricks
        raise NotFound()
    return serve(f"events/{uid}.ics")


@views.get("/events/<uid>")
def event_page(uid: str) -> Response:
    """The event's own page (output/events/UID.html), with the same UID check as its .ics."""
    if not UID_RE.fullmatch(uid):
        raise NotFound()
    return serve(f"events/{uid}.html")


@views.get("/past/<number>")
def past_page(number: str) -> Response:
    """A page of the agenda's archive (output/past/N.html), oldest events on page 1."""
    if not _PAGE.match(number):
        raise NotFound()
    return serve(f"past/{number}.html")


@views.get("/style.css")
def style() -> Response:
    return serve("style.css")


@views.get("/localtime.js")
def script() -> Response:
    return serve("localtime.js")


@views.post("/refresh")
def refresh_now() -> Response:
    """Refresh at once, for a publisher's hook; off (404) unless a refresh_token is configured.

    It takes the refresh lock without waiting: while another refresh runs (the scheduler's,
    a worker's, a build's) the answer is a 409 with Retry-After, not a request held open.
    """
    config = _site().config
    if not config.refresh_token:
        raise NotFound()
    sent = request.headers.get("Authorization", "")
    if not hmac.compare_digest(sent.encode(), f"Bearer {config.refresh_token}".encode()):
        response = error(401, "POST /refresh needs the header Authorization: Bearer <refresh_token>.")
        response.headers["WWW-Authenticate"] = 'Bearer realm="presscal"'
        return response
    from refresh import refresh  # only this route writes
    from refresh_lock import RefreshBusy

    try:
        report = refresh(config, dt.datetime.now(dt.UTC), app_store(), wait=False)
    except RefreshBusy as exc:
        busy = error(409, f"Another refresh is running ({exc}); try again when it has finished.")
        busy.headers["Retry-After"] = str(RETRY_REFRESH)
        return busy
    body = {"events": report.total, "added": report.added, "changed": report.changed, "refused": report.refused,
            "sources": [{"name": s.name, "error": s.error, "skipped": s.skipped} for s in report.sources]}
    done = Response(json.dumps(body, indent=1) + "\n", content_type="application/json; charset=utf-8")
    done.cache_control.no_store = True
    return done


@views.get("/health")
def health() -> Response:
    """Each source's status, last success, last error, failed item pages and counts (health.py)."""
    from health import as_json
    from health import health as source_health  # the pages never need the database; only this does

    response = Response(as_json(source_health(_site().config, app_store())),
                        content_type="application/json; charset=utf-8")
    response.cache_control.no_store = True
    return response


@views.before_app_request
def limit_requests() -> Response | None:
    """Refuse oversized requests before any work: bodies and query strings have small bounds."""
    if (request.content_length or 0) > current_app.config["MAX_CONTENT_LENGTH"]:
        return error(413, "The request body is larger than presscal accepts (16 KiB).")
    if len(request.query_string) > MAX_QUERY_BYTES:
        return error(414, f"The query string is longer than presscal accepts ({MAX_QUERY_BYTES} bytes).")
    return None


@views.app_errorhandler(HTTPException)
def http_error(exc: HTTPException) -> Response:
    response = error(exc.code or 500, exc.description or exc.name)
    allow = dict(exc.get_headers()).get("Allow")
    if allow:  # a 405 must say what is allowed (RFC 9110 15.5.6)
        response.headers["Allow"] = allow
    return response


@views.app_errorhandler(PresscalError)
def presscal_error(exc: PresscalError) -> Response:
    return error(500, str(exc))


@views.after_app_request
def security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS:
        response.headers.setdefault(name, value)
    return response
