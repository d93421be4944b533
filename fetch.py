"""Fetching a source's bytes over HTTP(S): the only module that talks to the network.

`fetch` makes one conditional GET (RFC 9110 13.1: If-None-Match, If-Modified-Since)
and returns the body undecoded; the parsers decide what the bytes mean. Every
failure is a SourceError whose sentence names the URL and the cause, so that a
refresh can report it beside the other sources and go on.

Hostile or broken servers are held to account: the whole answer (connection,
redirects, headers, body) has one wall-clock deadline, enforced by a watchdog
that shuts the socket, so a server dripping a byte at a time is cut off; a body
shorter than its Content-Length is an error; and with `reach`, every connection
(redirects included) is refused to addresses of a kind the caller did not allow
(loopback, private, link-local, multicast, reserved), checked on the address
actually connected to, so a name that resolves differently later gains nothing.
"""

from __future__ import annotations

import codecs
import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

from model import SourceError

USER_AGENT = "presscal/0.1 (+https://github.com/presscal)"
_ACCEPT = ("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, "
           "text/*;q=0.5")
_CHUNK = 16 * 1024
PUBLIC = "public"
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
    reach: frozenset[str] | None = None,
) -> Fetched:
    """GET `url`; a 304 answer to the validators given is a Fetched with status 304, not an error.

    `timeout` bounds the whole answer. `reach`, when given, is the kinds of non-public
    address (see `address_kind`) that this fetch and its redirects may connect to.
    """
    if not url.strip():
        raise SourceError("no URL to fetch: the one given is empty")
    url = browser_url(url)
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise SourceError(f"{url}: only http and https URLs can be fetched, not {scheme or 'one without a scheme'}")
    # identity: a compressed body would need decoding here, and this module decodes nothing.
    headers = {"User-Agent": user_agent, "Accept": _ACCEPT, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    guard = _Guard(url, reach)
    opener = urllib.request.build_opener(_Redirects, _GuardedHTTP(guard), _GuardedHTTPS(guard))
    watchdog = threading.Timer(timeout, guard.expire)
    watchdog.daemon = True
    watchdog.start()
    try:
        return _get(opener, urllib.request.Request(url, headers=headers), guard, max_bytes, timeout)
    finally:
        watchdog.cancel()


def _get(opener: urllib.request.OpenerDirector, request: urllib.request.Request, guard: _Guard,
         max_bytes: int, timeout: float) -> Fetched:
    url = request.full_url
    try:
        with opener.open(request, timeout=timeout) as response:
            _check_headers(url, response.headers, max_bytes)
            data = _read(url, response, max_bytes, guard, timeout)
            return _fetched(response.status, data, response.headers, response.url)
    except urllib.error.HTTPError as exc:
        with exc:  # it holds the connection open until closed
            if exc.code == 304:
                # The validators still hold: keep the ones sent where the 304 repeats none.
                return Fetched(304, b"", exc.headers.get("ETag") or request.headers.get("If-none-match", ""),
                               exc.headers.get("Last-Modified") or request.headers.get("If-modified-since", ""),
                               exc.headers.get("Content-Type", ""), exc.url or url)
            where = f" (redirected to {exc.url})" if exc.url and exc.url != url else ""
            raise SourceError(f"{url}: the server answered HTTP {exc.code} {exc.reason}{where}") from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        if guard.expired:
            raise SourceError(f"{url}: no answer within {timeout:g} seconds") from None
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        if isinstance(reason, SourceError):
            raise reason from None
        raise SourceError(f"{url}: {_cause(reason, timeout)}") from exc
    except ValueError as exc:  # urllib's word for a URL it cannot parse, e.g. a bad port
        raise SourceError(f"{url}: not a URL that can be fetched ({exc})") from exc


def browser_url(url: str) -> str:
    """`url` as a browser sends it: spaces and non-ASCII percent-encoded (UTF-8), the host in IDNA."""
    parts = urllib.parse.urlsplit(url.strip())
    netloc = parts.netloc
    if not netloc.isascii():
        try:
            host, colon, port = netloc.rpartition("@")[2].partition(":")
            userinfo = netloc.rpartition("@")[0]
            netloc = (f"{userinfo}@" if userinfo else "") + codecs.encode(host, "idna").decode("ascii") + colon + port
        except UnicodeError as exc:
            raise SourceError(f"{url}: the host name cannot be written in IDNA ({exc})") from None
    path = urllib.parse.quote(parts.path, safe="/%:@!$&'()*+,;=-._~")
    query = urllib.parse.quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return urllib.parse.urlunsplit((parts.scheme, netloc, path, query, ""))


def address_kind(ip: str) -> str:
    """public, or the kind of address content must not reach unasked: loopback, private, ..."""
    try:
        address = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return "reserved"
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    for kind in ("loopback", "link_local", "multicast", "unspecified", "private", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return PUBLIC if address.is_global else "reserved"


def url_kinds(url: str) -> frozenset[str]:
    """The kinds of address `url`'s host resolves to (nothing when it does not resolve)."""
    parts = urllib.parse.urlsplit(url)
    try:
        found = socket.getaddrinfo(parts.hostname or "", parts.port or 80, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError):
        return frozenset()
    return frozenset(address_kind(str(info[4][0])) for info in found)


class _Guard:
    """One fetch's sockets: each checked against `reach` when it connects, all shut at the deadline."""

    def __init__(self, url: str, reach: frozenset[str] | None) -> None:
        self.url = url
        self.reach = reach
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def connect(self, address: tuple[str, int], timeout: float, source: tuple[str, int] | None) -> socket.socket:
        """A socket connected to `address`, on an address `reach` allows; checked before connecting,
        and the socket connects to the very address checked (a second lookup cannot change it)."""
        host, port = address
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)  # gaierror: urllib words it
        allowed = [info for info in found if self._allows(str(info[4][0]))]
        if not allowed:
            ip = str(found[0][4][0])
            raise SourceError(f"{self.url}: refused to connect to {host} ({ip}), a {address_kind(ip)} address: "
                              "a link or redirect in a source may reach only public addresses and those of the "
                              "kind its configured URL has (allow_private_urls = true lifts this)")
        failure: OSError | None = None
        for family, kind, proto, _, peer in allowed:  # each address in turn, as socket.create_connection does
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(timeout)
                if source:
                    sock.bind(source)
                with self._lock:
                    self._sockets.append(sock)
                    if self.expired:
                        raise TimeoutError("the deadline passed")
                sock.connect(peer)
            except OSError as exc:
                sock.close()
                failure = exc
                continue
            except BaseException:
                sock.close()
                raise
            return sock
        assert failure is not None
        raise failure

    def _allows(self, ip: str) -> bool:
        kind = address_kind(ip)
        return self.reach is None or kind == PUBLIC or kind in self.reach

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):  # already closed
                    sock.shutdown(socket.SHUT_RDWR)  # wakes a read blocked on a dripping server


class _GuardedHTTP(urllib.request.HTTPHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_guarded(http.client.HTTPConnection, self.guard), req)


class _GuardedHTTPS(urllib.request.HTTPSHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_guarded(http.client.HTTPSConnection, self.guard), req)


def _guarded(base: type[http.client.HTTPConnection], guard: _Guard) -> type[http.client.HTTPConnection]:
    class Guarded(base):  # type: ignore[valid-type,misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            # The address is checked before any byte (TLS or HTTP) is sent to it.
            self._create_connection = guard.connect

    return Guarded


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


def _read(url: str, response: http.client.HTTPResponse, max_bytes: int, guard: _Guard, timeout: float) -> bytes:
    """At most `max_bytes` + 1 bytes, a chunk at a time: enough to know the body is too large."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = response.read1(min(_CHUNK, max_bytes + 1 - size))
        if guard.expired:  # the watchdog shut the socket: what came is not the whole answer
            raise SourceError(f"{url}: no complete answer within {timeout:g} seconds")
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise SourceError(f"{url}: more than the {max_bytes:,} bytes a source may have")
    declared = response.headers.get("Content-Length", "").strip()
    if declared.isdigit() and size < int(declared) and "chunked" not in response.headers.get("Transfer-Encoding", ""):
        raise SourceError(f"{url}: the body was cut short: {size:,} of the {int(declared):,} bytes "
                          "its Content-Length announced")
    data = b"".join(chunks)
    if b"\x00" in data[:_SNIFF] and not data.startswith(_WIDE_BOMS):
        raise SourceError(f"{url}: binary data (NUL bytes), not a text, HTML, XML or JSON document")
    return data


_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)  # text that has NULs


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
