"""Fetching a source's bytes over HTTP(S): the only module that talks to the network.

`fetch` makes one conditional GET (RFC 9110 13.1: If-None-Match, If-Modified-Since)
and returns the body undecoded; the parsers decide what the bytes mean. Every
failure is a SourceError whose sentence names the URL and the cause, so that a
refresh can report it beside the other sources and go on.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message
from typing import IO

from model import SourceError

USER_AGENT = "presscal/0.1 (+https://github.com/presscal)"
_ACCEPT = ("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, "
           "text/*;q=0.5")
_CHUNK = 64 * 1024
_SNIFF = 8192  # bytes looked at for NULs, as sources.decode does for files


@dataclass(frozen=True, slots=True)
class Fetched:
    status: int  # 200 (or another 2xx), or 304 when the validators sent still match
    data: bytes  # the body as sent; empty for a 304
    etag: str
    last_modified: str
    content_type: str  # the Content-Type header as sent, charset included
    url: str  # the final URL, after redirects


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects, but only to http(s): urllib alone would follow one to ftp://."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            fp.close()
            raise SourceError(f"{req.full_url}: redirected to {newurl}, which is not an http(s) URL")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    timeout: float = 15.0,
    max_bytes: int = 10_000_000,
    user_agent: str = USER_AGENT,
) -> Fetched:
    """GET `url`; a 304 answer to the validators given is a Fetched with status 304, not an error."""
    if not url.strip():
        raise SourceError("no URL to fetch: the one given is empty")
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise SourceError(f"{url}: only http and https URLs can be fetched, not {scheme or 'one without a scheme'}")
    # identity: a compressed body would need decoding here, and this module decodes nothing.
    headers = {"User-Agent": user_agent, "Accept": _ACCEPT, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    opener = urllib.request.build_opener(_Redirects)
    deadline = time.monotonic() + timeout
    try:
        with opener.open(urllib.request.Request(url, headers=headers), timeout=timeout) as response:
            _check_headers(url, response.headers, max_bytes)
            data = _read(url, response, max_bytes, deadline, timeout)
            return _fetched(response.status, data, response.headers, response.url)
    except urllib.error.HTTPError as exc:
        with exc:  # it holds the connection open until closed
            if exc.code == 304:
                # The validators still hold: keep the ones sent where the 304 repeats none.
                return Fetched(304, b"", exc.headers.get("ETag") or etag,
                               exc.headers.get("Last-Modified") or last_modified,
                               exc.headers.get("Content-Type", ""), exc.url or url)
            where = f" (redirected to {exc.url})" if exc.url and exc.url != url else ""
            raise SourceError(f"{url}: the server answered HTTP {exc.code} {exc.reason}{where}") from None
    except urllib.error.URLError as exc:
        raise SourceError(f"{url}: {_cause(exc.reason, timeout)}") from exc
    except (OSError, http.client.HTTPException) as exc:
        raise SourceError(f"{url}: {_cause(exc, timeout)}") from exc
    except ValueError as exc:  # urllib's word for a URL it cannot parse, e.g. a bad port
        raise SourceError(f"{url}: not a URL that can be fetched ({exc})") from exc


def _check_headers(url: str, headers: Message, max_bytes: int) -> None:
    """Refuse before reading: a declared size over the limit, compressed or non-text content."""
    length = headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise SourceError(f"{url}: {int(length):,} bytes is more than the {max_bytes:,} a source may have")
    encoding = headers.get("Content-Encoding", "identity").strip().lower()
    if encoding not in ("", "identity"):
        raise SourceError(f"{url}: the server sent {encoding}-compressed data though asked for none")
    content_type = headers.get_content_type() if headers.get("Content-Type") else ""
    if content_type and not _is_text(content_type):
        raise SourceError(f"{url}: {content_type} content, not a text, HTML, XML or JSON document")


def _is_text(content_type: str) -> bool:
    kind, _, subtype = content_type.partition("/")
    return kind == "text" or subtype in ("xml", "json") or subtype.endswith(("+xml", "+json"))


def _read(url: str, response: IO[bytes], max_bytes: int, deadline: float, timeout: float) -> bytes:
    """At most `max_bytes` + 1 bytes, a chunk at a time: enough to know the body is too large."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        # The socket timeout bounds each read; the deadline bounds a server that drips bytes.
        if time.monotonic() > deadline:
            raise SourceError(f"{url}: no complete answer within {timeout:g} seconds")
        chunk = response.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise SourceError(f"{url}: more than the {max_bytes:,} bytes a source may have")
    data = b"".join(chunks)
    if b"\x00" in data[:_SNIFF]:
        raise SourceError(f"{url}: binary data (NUL bytes), not a text, HTML, XML or JSON document")
    return data


def _fetched(status: int, data: bytes, headers: Message, final_url: str) -> Fetched:
    return Fetched(status, data, headers.get("ETag", ""), headers.get("Last-Modified", ""),
                   headers.get("Content-Type", ""), final_url)


def _cause(reason: object, timeout: float) -> str:
    """The words for a failed connection: refused, unknown host, timeout, TLS, or what the OS said."""
    if isinstance(reason, TimeoutError):  # socket.timeout is TimeoutError since Python 3.10
        return f"no answer within {timeout:g} seconds"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused (nothing listens at that host and port)"
    if isinstance(reason, socket.gaierror):
        return f"the host name could not be resolved ({reason.strerror or reason})"
    if isinstance(reason, ssl.SSLError):
        return f"the TLS connection failed ({reason.reason or reason})"
    if isinstance(reason, http.client.HTTPException | ConnectionError):
        return f"the connection broke off ({type(reason).__name__}: {reason})"
    return f"cannot fetch it ({getattr(reason, 'strerror', None) or reason})"
