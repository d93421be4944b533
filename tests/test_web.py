"""The HTTP face as clients meet it: routes, content types, caching, errors, the agenda page."""

from __future__ import annotations

import json
import os
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import icalendar
import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.serving import make_server
from werkzeug.test import TestResponse

import config as settings
from refresh import refresh
from store import Store
from web import create_app

from .conftest import NOW

MakeConfig = Callable[..., settings.Config]

UNKNOWN_UID = "presscal-0123456789abcdef01234567"  # well formed, never issued
ICS = "text/calendar; charset=utf-8"
PLAIN = "text/plain; charset=utf-8"
CACHE_HEADERS = ("ETag", "Last-Modified", "Cache-Control")
SECURITY_HEADERS = ("X-Content-Type-Options", "Content-Security-Policy", "Referrer-Policy")

EVIL_BUNDLE = """\
Talks on <script>alert(1)</script> & more

Source: NATO

On 21 November 2023, the <script>alert(1)</script> Secretary General will hold a press conference in Brussels.
"""


@pytest.fixture
def built(make_config: MakeConfig) -> settings.Config:
    """A configuration whose output/ was built from the sample corpus."""
    config = make_config()
    refresh(config, NOW)
    return config


@pytest.fixture
def app(built: settings.Config) -> Flask:
    return create_app(built)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def uids(built: settings.Config) -> list[str]:
    """The UIDs of the built calendar, as events.json lists them."""
    records = json.loads((built.output / "events.json").read_bytes())["events"]
    found = [str(r["uid"]) for r in records]
    assert len(found) >= 2, "the sample has events"
    return found


def _path(template: str, uids: list[str]) -> str:
    return template.format(uid=uids[0])


# (path, method, status, content type, caching headers present). "{uid}" stands for a real UID.
ROUTES = [
    ("/", "GET", 200, "text/html; charset=utf-8", True),
    ("/", "HEAD", 200, "text/html; charset=utf-8", True),
    ("/calendar.ics", "GET", 200, ICS, True),
    ("/calendar.ics", "HEAD", 200, ICS, True),
    ("/feed.atom", "GET", 200, "application/atom+xml; charset=utf-8", True),
    ("/feed.atom", "HEAD", 200, "application/atom+xml; charset=utf-8", True),
    ("/events.json", "GET", 200, "application/json; charset=utf-8", True),
    ("/events.json", "HEAD", 200, "application/json; charset=utf-8", True),
    ("/events/{uid}.ics", "GET", 200, ICS, True),
    ("/events/{uid}.ics", "HEAD", 200, ICS, True),
    ("/events/{uid}", "GET", 200, "text/html; charset=utf-8", True),  # the event's own page
    ("/events/{uid}", "HEAD", 200, "text/html; charset=utf-8", True),
    ("/past/1", "GET", 200, "text/html; charset=utf-8", True),  # the archive: the sample is all past on NOW
    ("/past/1", "HEAD", 200, "text/html; charset=utf-8", True),
    ("/style.css", "GET", 200, "text/css; charset=utf-8", True),
    ("/style.css", "HEAD", 200, "text/css; charset=utf-8", True),
    ("/localtime.js", "GET", 200, "text/javascript; charset=utf-8", True),
    ("/localtime.js", "HEAD", 200, "text/javascript; charset=utf-8", True),
    (f"/events/{UNKNOWN_UID}.ics", "GET", 404, PLAIN, False),
    (f"/events/{UNKNOWN_UID}.ics", "HEAD", 404, PLAIN, False),
    ("/events/presscal-XYZ.ics", "GET", 404, PLAIN, False),
    ("/events/presscal-0123456789ABCDEF01234567.ics", "GET", 404, PLAIN, False),  # upper case is not a UID
    ("/events/{uid}x.ics", "GET", 404, PLAIN, False),
    ("/events/..%2Fcalendar.ics", "GET", 404, PLAIN, False),
    ("/events/%2E%2E%2Fcalendar.ics", "GET", 404, PLAIN, False),
    ("/events/../../etc/passwd.ics", "GET", 404, PLAIN, False),
    ("/events/{uid}.ics%00", "GET", 404, PLAIN, False),
    (f"/events/{UNKNOWN_UID}", "GET", 404, PLAIN, False),
    (f"/events/{UNKNOWN_UID}", "HEAD", 404, PLAIN, False),
    ("/events/presscal-XYZ", "GET", 404, PLAIN, False),
    ("/events/presscal-0123456789ABCDEF01234567", "GET", 404, PLAIN, False),
    ("/events/{uid}.html", "GET", 404, PLAIN, False),  # the file's name is not its address
    ("/events/{uid}x", "GET", 404, PLAIN, False),
    ("/events/..%2Findex", "GET", 404, PLAIN, False),
    ("/events/{uid}%00", "GET", 404, PLAIN, False),
    ("/past/0", "GET", 404, PLAIN, False),
    ("/past/2", "GET", 404, PLAIN, False),
    ("/past/01", "GET", 404, PLAIN, False),
    ("/past/..%2Findex", "GET", 404, PLAIN, False),
    ("/nothing-here", "GET", 404, PLAIN, False),
    ("/calendar.ics", "POST", 405, PLAIN, False),
    ("/", "DELETE", 405, PLAIN, False),
]


@pytest.mark.parametrize(("template", "method", "status", "content_type", "cached"), ROUTES)
def test_route_table(client: FlaskClient, uids: list[str], built: settings.Config, template: str, method: str,
                     status: int, content_type: str, cached: bool) -> None:
    response = client.open(_path(template, uids), method=method)
    assert response.status_code == status
    assert response.headers["Content-Type"] == content_type
    for name in CACHE_HEADERS:
        assert (name in response.headers) is cached, f"{name} on {method} {template}"
    if method == "HEAD":
        assert response.data == b""
        assert int(response.headers["Content-Length"]) > 0
    elif status == 200:
        relative = "index.html" if template == "/" else _path(template, uids).lstrip("/")
        if relative.startswith(("events/", "past/")) and "." not in relative:
            relative += ".html"  # pages are served at their name without .html
        assert response.data == (built.output / relative).read_bytes()
    else:
        assert response.get_data(as_text=True).startswith(f"{status}: ")


# (path, method, request headers, status, content type or None for no body, caching headers expected)
MORE_ROUTES = [
    ("/calendar.ics", "GET", {"If-None-Match": "*"}, 304, None, True),
    ("/calendar.ics", "HEAD", {"If-None-Match": "*"}, 304, None, True),
    ("/feed.atom", "GET", {"If-None-Match": "*"}, 304, None, True),
    ("/events/{uid}.ics", "GET", {"If-None-Match": "*"}, 304, None, True),
    ("/events/{uid}", "GET", {"If-None-Match": "*"}, 304, None, True),
    ("/events/{uid}", "HEAD", {"If-None-Match": "*"}, 304, None, True),
    ("/events/{uid}", "GET", {"If-None-Match": '"stale"'}, 200, "text/html; charset=utf-8", True),
    ("/past/1", "GET", {"If-None-Match": "*"}, 304, None, True),
    (f"/events/{UNKNOWN_UID}", "GET", {"If-None-Match": "*"}, 404, PLAIN, False),
    ("/calendar.ics?category=press+conference", "GET", {"If-None-Match": "*"}, 304, None, True),
    ("/calendar.ics", "GET", {"If-None-Match": '"stale"'}, 200, ICS, True),
    ("/calendar.ics?colour=blue", "GET", {}, 400, PLAIN, False),
    ("/feed.atom?from=tomorrow", "GET", {}, 400, PLAIN, False),
    ("/events.json?tentative=maybe", "GET", {}, 400, PLAIN, False),
    ("/calendar.ics?place=Kosovo", "GET", {}, 301, PLAIN, False),
    ("/calendar.ics?place=kosovo", "GET", {}, 200, ICS, True),
    ("/calendar.ics?q=" + "x" * 5000, "GET", {}, 414, PLAIN, False),
]


@pytest.mark.parametrize(("template", "method", "headers", "status", "content_type", "cached"), MORE_ROUTES)
def test_route_table_conditional_and_bad_requests(client: FlaskClient, uids: list[str], template: str, method: str,
                                                  headers: dict[str, str], status: int, content_type: str | None,
                                                  cached: bool) -> None:
    response = client.open(_path(template, uids), method=method, headers=headers)
    assert response.status_code == status
    if content_type is None:
        assert response.data == b""
    else:
        assert response.headers["Content-Type"] == content_type
    for name in ("ETag", "Cache-Control"):
        assert (name in response.headers) is cached, f"{name} on {method} {template}"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "template", ["/", "/calendar.ics", "/feed.atom", "/events.json", "/events/{uid}.ics", "/events/{uid}", "/past/1",
                 "/style.css", "/localtime.js"]
)
def test_head_has_the_headers_of_get_and_no_body(client: FlaskClient, uids: list[str], template: str) -> None:
    path = _path(template, uids)
    got = client.get(path)
    head = client.head(path)
    assert head.status_code == got.status_code == 200
    assert head.data == b""
    assert sorted(head.headers.items()) == sorted(got.headers.items())
    assert int(head.headers["Content-Length"]) == len(got.data)


def test_single_event_file_holds_that_event(client: FlaskClient, uids: list[str]) -> None:
    for uid in uids:
        response = client.get(f"/events/{uid}.ics")
        assert response.status_code == 200
        events = icalendar.Calendar.from_ical(response.data).walk("VEVENT")
        assert [str(e["UID"]) for e in events] == [uid]


def test_caching_headers_have_useful_values(client: FlaskClient) -> None:
    response = client.get("/calendar.ics")
    assert re.fullmatch(r'"[0-9a-f]{32}"', response.headers["ETag"])
    assert response.last_modified is not None
    assert response.cache_control.public
    assert response.cache_control.max_age == 300  # min(300 s, refresh_minutes = 30 min)


def test_405_names_the_allowed_methods(client: FlaskClient) -> None:
    response = client.post("/calendar.ics")
    assert response.status_code == 405
    allowed = {m.strip() for m in response.headers.get("Allow", "").split(",")}
    assert {"GET", "HEAD"} <= allowed


# -- conditional requests --------------------------------------------------------------------------

CONDITIONAL_PATHS = ["/", "/calendar.ics", "/feed.atom", "/events.json", "/events/{uid}.ics", "/events/{uid}",
                     "/past/1", "/style.css"]


@pytest.mark.parametrize("template", CONDITIONAL_PATHS)
def test_if_none_match_with_the_etag_is_304(client: FlaskClient, uids: list[str], template: str) -> None:
    path = _path(template, uids)
    first = client.get(path)
    again = client.get(path, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == first.headers["ETag"]
    assert "Cache-Control" in again.headers


@pytest.mark.parametrize("template", CONDITIONAL_PATHS)
def test_if_modified_since_last_modified_is_304(client: FlaskClient, uids: list[str], template: str) -> None:
    path = _path(template, uids)
    first = client.get(path)
    again = client.get(path, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert again.status_code == 304
    assert again.data == b""


def test_head_is_conditional_too(client: FlaskClient) -> None:
    etag = client.head("/calendar.ics").headers["ETag"]
    assert client.head("/calendar.ics", headers={"If-None-Match": etag}).status_code == 304


def test_stale_etag_gets_the_whole_file(client: FlaskClient, built: settings.Config) -> None:
    response = client.get("/calendar.ics", headers={"If-None-Match": '"0123456789abcdef0123456789abcdef"'})
    assert response.status_code == 200
    assert response.data == (built.output / "calendar.ics").read_bytes()


def test_old_if_modified_since_gets_the_whole_file(client: FlaskClient) -> None:
    response = client.get("/calendar.ics", headers={"If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT"})
    assert response.status_code == 200
    assert response.data.startswith(b"BEGIN:VCALENDAR")


def test_a_replaced_file_is_served_with_a_new_etag(client: FlaskClient, built: settings.Config) -> None:
    before = client.get("/calendar.ics")
    path = built.output / "calendar.ics"
    replacement = path.with_name(".calendar.ics.new")
    replacement.write_bytes(before.data.replace(b"presscal events", b"presscal events, renamed"))
    os.replace(replacement, path)  # as refresh replaces files
    after = client.get("/calendar.ics", headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200
    assert after.headers["ETag"] != before.headers["ETag"]
    assert b"presscal events, renamed" in after.data


# -- not built yet ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/calendar.ics", "/feed.atom", "/events.json", f"/events/{UNKNOWN_UID}.ics"])
def test_503_with_a_sentence_before_the_first_build(make_config: MakeConfig, path: str) -> None:
    config = make_config()
    assert not config.output.exists()
    response = create_app(config).test_client().get(path)
    assert response.status_code == 503
    assert response.headers["Content-Type"] == PLAIN
    text = response.get_data(as_text=True)
    assert text.startswith("503: ")
    assert "not been built yet" in text
    assert "presscal build" in text
    assert text.count("\n") == 1


def test_the_same_app_serves_once_built(make_config: MakeConfig) -> None:
    config = make_config()
    client = create_app(config).test_client()
    assert client.get("/calendar.ics").status_code == 503
    refresh(config, NOW)
    assert client.get("/calendar.ics").status_code == 200


# -- security headers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "template", "status"),
    [
        ("GET", "/", 200),
        ("GET", "/calendar.ics", 200),
        ("HEAD", "/feed.atom", 200),
        ("GET", "/events/{uid}.ics", 200),
        ("GET", f"/events/{UNKNOWN_UID}.ics", 404),
        ("POST", "/calendar.ics", 405),
    ],
)
def test_security_headers_on_every_answer(client: FlaskClient, uids: list[str], method: str, template: str,
                                          status: int) -> None:
    response = client.open(_path(template, uids), method=method)
    assert response.status_code == status
    _assert_security_headers(response)


def test_security_headers_on_304_and_503(client: FlaskClient, make_config: MakeConfig, tmp_path: Path) -> None:
    etag = client.get("/calendar.ics").headers["ETag"]
    not_modified = client.get("/calendar.ics", headers={"If-None-Match": etag})
    assert not_modified.status_code == 304
    _assert_security_headers(not_modified)
    unbuilt = make_config(output=tmp_path / "never-built")
    unavailable = create_app(unbuilt).test_client().get("/")
    assert unavailable.status_code == 503
    _assert_security_headers(unavailable)


def _assert_security_headers(response: TestResponse) -> None:
    for name in SECURITY_HEADERS:
        assert len(response.headers.getlist(name)) == 1, name
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    # The HTTP server (werkzeug, gunicorn) adds the Date; one from the app as well would make two.
    assert response.headers.getlist("Date") == []


# -- over real HTTP --------------------------------------------------------------------------------


@pytest.fixture
def served(app: Flask) -> Iterator[str]:
    """The app behind a real HTTP server on a free port of 127.0.0.1; yields its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_calendar_over_real_http(served: str, built: settings.Config) -> None:
    store = Store(built.database)
    try:
        stored = store.count()
    finally:
        store.close()
    with urllib.request.urlopen(f"{served}/calendar.ics", timeout=10) as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == ICS
        assert len(response.headers.get_all("Date")) == 1
        etag = response.headers["ETag"]
        body = response.read()
    calendar = icalendar.Calendar.from_ical(body)
    assert stored == 20
    assert len(calendar.walk("VEVENT")) == stored

    request = urllib.request.Request(f"{served}/calendar.ics", headers={"If-None-Match": etag})
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(request, timeout=10).close()
    error = raised.value
    try:
        assert error.code == 304
        assert error.headers["ETag"] == etag
        assert len(error.headers.get_all("Date")) == 1
        assert error.read() == b""
    finally:
        error.close()


@pytest.mark.parametrize("path", ["/events/../../etc/passwd.ics", "/events/..%2Fcalendar.ics",
                                  f"/events/{UNKNOWN_UID}.ics"])
def test_no_path_tricks_over_real_http(served: str, path: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(served + path, timeout=10).close()
    error = raised.value
    try:
        assert error.code == 404
        body = error.read()
        assert b"BEGIN:VCALENDAR" not in body
        assert b"root:" not in body
    finally:
        error.close()


# -- the page --------------------------------------------------------------------------------------


def test_page_links_the_feeds_and_every_event(client: FlaskClient, uids: list[str]) -> None:
    page = client.get("/").get_data(as_text=True)
    assert '<link rel="alternate" type="application/atom+xml"' in page
    assert 'type="text/calendar"' in page
    assert 'href="webcal://127.0.0.1:8000/calendar.ics"' in page
    added = re.findall(r'<a href="(?:[^"]*/)?events/(presscal-[0-9a-f]{24})\.ics"[^>]*>Add to calendar</a>', page)
    assert sorted(added) == sorted(uids)


def test_page_escapes_text_from_the_events(make_config: MakeConfig, tmp_path: Path) -> None:
    bundle = tmp_path / "evil.txt"
    bundle.write_text(EVIL_BUNDLE, encoding="utf-8")
    config = make_config(settings.Source("evil", path=str(bundle)))
    report = refresh(config, NOW)
    assert report.total == 1
    [event] = json.loads((config.output / "events.json").read_bytes())["events"]
    assert "<script>alert(1)</script>" in event["summary"], "the test needs markup in a summary"

    page = create_app(config).test_client().get("/").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page  # the article title
    # Only the page's own localtime.js and its JSON-LD data block (text in it is \u003c-escaped).
    assert page.count("<script") == 2
    assert page.count('<script src="localtime.js" defer></script>') == 1
    assert page.count('<script type="application/ld+json">') == 1


def test_calendars_are_never_compressed(client: FlaskClient, uids: list[str]) -> None:
    """Outlook's subscription fails on a gzipped .ics: the calendar goes out as it is, whatever is accepted."""
    for path in ("/calendar.ics", f"/events/{uids[0]}.ics", "/calendar.ics?category=press+conference"):
        response = client.get(path, headers={"Accept-Encoding": "gzip, deflate, br"})
        assert response.status_code == 200
        assert "Content-Encoding" not in response.headers
        assert response.data.startswith(b"BEGIN:VCALENDAR\r\n")
