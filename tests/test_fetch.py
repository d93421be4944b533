"""fetch() against a real HTTP server on 127.0.0.1: answers, validators, and every way it fails."""

from __future__ import annotations

import time

import pytest

from fetch import USER_AGENT, Fetched, fetch
from model import SourceError

# The fixtures are found by name (http_server, unused_port), so their imports look unused.
from .http_server import Server, http_server_fixture, huge, slow, unused_port_fixture  # noqa: F401

PAGE = b"<html><body><p>20 November 2023, 09:15 (CET) Joint press conference</p></body></html>"
HTML = {"Content-Type": "text/html; charset=utf-8"}
VALIDATORS = {"ETag": '"v1-abc"', "Last-Modified": "Fri, 17 Nov 2023 17:05:00 GMT"}
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def test_a_page_comes_back_as_bytes_with_its_validators(http_server: Server) -> None:
    http_server.routes["/news.htm"] = (200, {**HTML, **VALIDATORS}, PAGE)
    got = fetch(http_server.url("/news.htm"))
    assert got == Fetched(200, PAGE, '"v1-abc"', "Fri, 17 Nov 2023 17:05:00 GMT", "text/html; charset=utf-8",
                          http_server.url("/news.htm"))


def test_the_validators_are_sent_and_a_304_is_no_error(http_server: Server) -> None:
    http_server.routes["/news.htm"] = (200, {**HTML, **VALIDATORS}, PAGE)
    first = fetch(http_server.url("/news.htm"))
    again = fetch(http_server.url("/news.htm"), etag=first.etag, last_modified=first.last_modified)
    sent = http_server.headers_of("/news.htm")
    assert sent["if-none-match"] == '"v1-abc"'
    assert sent["if-modified-since"] == "Fri, 17 Nov 2023 17:05:00 GMT"
    assert (again.status, again.data, again.etag) == (304, b"", '"v1-abc"')


def test_a_stale_etag_gets_the_new_content(http_server: Server) -> None:
    http_server.routes["/news.htm"] = (200, {**HTML, "ETag": '"v2"'}, PAGE)
    got = fetch(http_server.url("/news.htm"), etag='"v1"')
    assert (got.status, got.data, got.etag) == (200, PAGE, '"v2"')


@pytest.mark.parametrize("status", [404, 500, 503])
def test_an_http_error_names_the_status_and_the_url(http_server: Server, status: int) -> None:
    http_server.routes["/broken"] = (status, {"Content-Type": "text/plain"}, b"it failed")
    with pytest.raises(SourceError) as caught:
        fetch(http_server.url("/broken"))
    assert f"HTTP {status}" in str(caught.value)
    assert http_server.url("/broken") in str(caught.value)


def test_a_server_too_slow_is_a_timeout(http_server: Server) -> None:
    http_server.routes["/slow"] = slow(2.0)
    started = time.monotonic()
    with pytest.raises(SourceError, match=r"no answer within 0\.3 seconds") as caught:
        fetch(http_server.url("/slow"), timeout=0.3)
    assert time.monotonic() - started < 1.5
    assert http_server.url("/slow") in str(caught.value)


@pytest.mark.parametrize("declare_length", [True, False], ids=["content-length", "streamed"])
def test_a_body_over_the_limit_is_refused(http_server: Server, declare_length: bool) -> None:
    http_server.routes["/huge"] = huge(5_000_000, declare_length=declare_length)
    with pytest.raises(SourceError, match=r"more than the 100,000 bytes|is more than the 100,000") as caught:
        fetch(http_server.url("/huge"), max_bytes=100_000)
    assert http_server.url("/huge") in str(caught.value)


def test_a_body_of_exactly_the_limit_is_read(http_server: Server) -> None:
    http_server.routes["/just"] = huge(100_000, declare_length=False)
    assert len(fetch(http_server.url("/just"), max_bytes=100_000).data) == 100_000


@pytest.mark.parametrize(
    ("content_type", "body", "words"),
    [
        ("image/png", PNG, "image/png content"),
        ("text/plain", b"Press release\x00\x00\x01binary", "binary data"),
        ("", b"\x00\x01\x02\x03", "binary data"),
    ],
    ids=["image-content-type", "nul-bytes-labelled-text", "nul-bytes-unlabelled"],
)
def test_binary_content_is_refused(http_server: Server, content_type: str, body: bytes, words: str) -> None:
    http_server.routes["/logo"] = (200, {"Content-Type": content_type} if content_type else {}, body)
    with pytest.raises(SourceError, match=words) as caught:
        fetch(http_server.url("/logo"))
    assert http_server.url("/logo") in str(caught.value)


@pytest.mark.parametrize("content_type", ["application/rss+xml", "application/atom+xml; charset=utf-8",
                                          "application/json", "text/xml", "text/plain; charset=iso-8859-1"])
def test_text_content_types_are_accepted(http_server: Server, content_type: str) -> None:
    http_server.routes["/feed"] = (200, {"Content-Type": content_type}, b"<rss/>")
    assert fetch(http_server.url("/feed")).content_type == content_type


def test_a_refused_connection_names_the_url(unused_port: int) -> None:
    url = f"http://127.0.0.1:{unused_port}/news.htm"
    with pytest.raises(SourceError, match="connection was refused") as caught:
        fetch(url, timeout=2)
    assert url in str(caught.value)


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_is_followed_and_the_final_url_reported(http_server: Server, status: int) -> None:
    http_server.routes["/old"] = (status, {"Location": "/cps/en/natohq/news_220096.htm"}, b"")
    http_server.routes["/cps/en/natohq/news_220096.htm"] = (200, HTML, PAGE)
    got = fetch(http_server.url("/old"))
    assert (got.status, got.data, got.url) == (200, PAGE, http_server.url("/cps/en/natohq/news_220096.htm"))


def test_a_redirect_to_a_failing_page_names_both(http_server: Server) -> None:
    http_server.routes["/old"] = (302, {"Location": "/gone"}, b"")
    with pytest.raises(SourceError, match=r"HTTP 404 .*redirected to .*/gone"):
        fetch(http_server.url("/old"))


def test_a_redirect_out_of_http_is_refused(http_server: Server) -> None:
    http_server.routes["/old"] = (302, {"Location": "ftp://127.0.0.1/news.txt"}, b"")
    with pytest.raises(SourceError, match="not an http"):
        fetch(http_server.url("/old"))


def test_the_user_agent_is_sent(http_server: Server) -> None:
    http_server.routes["/a"] = (200, HTML, PAGE)
    http_server.routes["/b"] = (200, HTML, PAGE)
    fetch(http_server.url("/a"))
    fetch(http_server.url("/b"), user_agent="presscal-test/1.0")
    assert http_server.headers_of("/a")["user-agent"] == USER_AGENT == "presscal/0.1 (+https://github.com/presscal)"
    assert http_server.headers_of("/b")["user-agent"] == "presscal-test/1.0"
    assert http_server.headers_of("/a")["accept-encoding"] == "identity"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/news.txt", "news.htm", "javascript:x"])
def test_only_http_urls_are_fetched(url: str) -> None:
    with pytest.raises(SourceError, match="only http and https") as caught:
        fetch(url)
    assert str(caught.value).startswith(url)

