"""A real HTTP server on 127.0.0.1 for the fetch tests, serving routes each test sets.

`http_server.routes[path]` is `(status, headers, body)`, or a callable that answers the
request itself (see `slow` and `huge`). A static route with an ETag header
answers a matching If-None-Match with 304, as any cache-aware server does. Every
request's path and headers are kept in `http_server.requests`.

Import the fixtures into a test module to use them:
    from .http_server import http_server_fixture, unused_port_fixture  # noqa: F401 (found by name)
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

Answer = Callable[["_Handler"], None]
Route = tuple[int, dict[str, str], bytes] | Answer
MAX_SLEEP = 3.0  # seconds: a slow route never holds a test (or its teardown) longer than this


@dataclass
class Server:
    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base + path

    def headers_of(self, path: str) -> dict[str, str]:
        """The headers of the last request for `path`."""
        return next(headers for seen, headers in reversed(self.requests) if seen == path)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 (the name http.server looks up)
        served = self.server.served
        served.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        route = served.routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"no such route"))
        if callable(route):
            route(self)
            return
        status, headers, body = route
        etag = headers.get("ETag")
        if etag and self.headers.get("If-None-Match") == etag:
            status, body = 304, b""
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        """Quiet: the requests are kept in `Server.requests` instead of printed."""


class _Server(ThreadingHTTPServer):
    # Join handler threads on close, so no test leaves a thread or socket behind.
    daemon_threads = False
    block_on_close = True
    served: Server

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (a timeout, a body too large) is what those tests want; stay quiet."""


def slow(seconds: float, body: bytes = b"late") -> Answer:
    """A route that answers after `seconds` (at most MAX_SLEEP), or at once when the server stops."""

    def answer(handler: _Handler) -> None:
        handler.server.served.stopping.wait(min(seconds, MAX_SLEEP))
        _send(handler, 200, {"Content-Type": "text/plain"}, body)

    return answer


def huge(size: int, *, declare_length: bool) -> Answer:
    """A route streaming `size` bytes of text, with or without a Content-Length saying so."""

    def answer(handler: _Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        if declare_length:
            handler.send_header("Content-Length", str(size))
        handler.end_headers()
        line = b"20 November 2023, 09:15 (CET) Joint press conference\n" * 1000
        sent = 0
        try:
            while sent < size and not handler.server.served.stopping.is_set():
                piece = line[: size - sent]
                handler.wfile.write(piece)
                sent += len(piece)
        except OSError:
            pass  # the client stopped reading, as it should

    return answer


def _send(handler: _Handler, status: int, headers: dict[str, str], body: bytes) -> None:
    try:
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
    except OSError:
        pass  # the client gave up waiting, as the timeout test wants


@pytest.fixture(name="http_server")
def http_server_fixture() -> Iterator[Server]:
    server = _Server(("127.0.0.1", 0), _Handler)
    host, port = server.server_address[:2]
    server.served = Server(base=f"http://{host}:{port}")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.served
    finally:
        server.served.stopping.set()  # wakes slow routes, stops huge ones
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(name="unused_port")
def unused_port_fixture() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound and released at once)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
