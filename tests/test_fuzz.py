"""Any path, method and header a client may send: presscal answers, never with a 500.

(The query strings of the filtered endpoints are fuzzed in tests/test_filters.py.)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import quote

from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import config as presscal_settings
from refresh import refresh
from web import create_app

from .conftest import SAMPLE

NOW = dt.datetime(2026, 11, 27, 12, tzinfo=dt.UTC)
_built: dict[str, FlaskClient] = {}

SEGMENTS = st.one_of(
    st.sampled_from(["", ".", "..", "events", "calendar.ics", "feed.atom", "events.json", "subscribe", "health",
                     "refresh", "style.css", "localtime.js", "index.html", "%2e%2e", "%2F", "presscal-" + "0" * 24,
                     "presscal-" + "0" * 24 + ".ics", "%00", "%ff%fe"]),
    # Any text, percent-encoded as a client sends it (the test client cannot send raw bytes).
    st.text(min_size=1, max_size=30).map(lambda text: quote(text, safe="")),
)
# A path never starts with "//": the test client would read the rest as a host name.
PATHS = st.lists(SEGMENTS, min_size=1, max_size=5).filter(lambda parts: parts[0] != "").map(
    lambda parts: "/" + "/".join(parts))


def _client(tmp: Path) -> FlaskClient:
    """One built calendar for all examples (Hypothesis reruns the test body many times)."""
    if "client" not in _built:
        config = presscal_settings.Config(database=f"sqlite:///{tmp / 'presscal.db'}", output=tmp / "output",
                                          sources=(presscal_settings.Source("nato", path=str(SAMPLE)),))
        refresh(config, NOW)
        _built["client"] = create_app(config).test_client()
    return _built["client"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=PATHS, method=st.sampled_from(["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]),
       etag=st.one_of(st.none(), st.text(max_size=40)))
def test_no_path_method_or_header_gives_a_500(tmp_path_factory, path: str, method: str, etag: str | None) -> None:  # type: ignore[no-untyped-def]
    client = _client(tmp_path_factory.mktemp("fuzz") if "client" not in _built else Path("."))
    headers = {"If-None-Match": etag} if etag is not None and etag.isprintable() else {}
    response = client.open(path, method=method, headers=headers)
    assert response.status_code < 500, (method, path, response.status_code, response.get_data(as_text=True)[:200])
    assert response.headers.get("X-Content-Type-Options") == "nosniff"
