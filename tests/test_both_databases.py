"""The same sources give the same calendar on SQLite and on PostgreSQL: through refresh (every
output file, byte for byte, across a change and a cancellation), and through `presscal build`,
`sources`, `serve` and `worker` as people run them. Sources: the bundled examples (a glob), a
file, a bundle, an HTML page and an RSS feed over real HTTP."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

import config as settings
from refresh import refresh

from .conftest import CORPUS, FIXTURES, SAMPLE, stop_process
from .http_server import Server, http_server_fixture, unused_port_fixture  # noqa: F401 (the fixtures)

ROOT = Path(__file__).resolve().parent.parent
PRESSCAL = Path(sys.executable).parent / "presscal"
NOW = dt.datetime(2023, 11, 17, 9, tzinfo=dt.UTC)  # before the events: the cancelled one stays shown
BOSNIA_AT = "20th November, 09:15 (CET)"
NOTICE = ("Press conference in Sarajevo cancelled\n\nSource: NATO\n\nThe joint press conference of the Secretary "
          "General in Sarajevo on 20 November 2023 has been cancelled.\n")


def _publish(server: Server, bundle: str) -> None:
    """A bundle, an HTML page and an RSS feed whose item links to a second page, on `server`."""
    plain = {"Content-Type": "text/plain; charset=utf-8"}
    html = {"Content-Type": "text/html; charset=utf-8"}
    server.routes["/news.txt"] = (200, {**plain, "ETag": f'"{hash(bundle)}"'}, bundle.encode("utf-8"))
    server.routes["/table.html"] = (200, html, (FIXTURES / "html" / "eu-council-advisory-as-table.html").read_bytes())
    server.routes["/visit.html"] = (200, html, (FIXTURES / "html" / "nato-visit-advisory-as-list.html").read_bytes())
    server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>News</title><link>{server.url("/")}</link><description>News</description>
<item><title>NATO Secretary General to visit the Western Balkans</title><link>{server.url("/visit.html")}</link>
<pubDate>Fri, 17 Nov 2023 10:00:00 +0100</pubDate></item></channel></rss>""".encode())


def _sources(server: Server) -> tuple[settings.Source, ...]:
    return (
        settings.Source("examples", path=str(ROOT / "examples" / "*.txt")),
        settings.Source("advisories", path=str(CORPUS / "nato-advisories.txt")),
        settings.Source("news", url=server.url("/news.txt")),
        settings.Source("council", url=server.url("/table.html")),
        settings.Source("feed", url=server.url("/feed.xml")),
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_refresh_writes_the_same_bytes_on_both(
    tmp_path: Path, http_server: Server, postgres_url: str,
) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    databases = {"sqlite": f"sqlite:///{tmp_path / 'presscal.db'}", "postgresql": postgres_url}
    configs = {name: settings.Config(database=url, output=tmp_path / name, sources=_sources(http_server))
               for name, url in databases.items()}
    steps: list[tuple[dt.datetime, str]] = [
        (NOW, text),
        (NOW + dt.timedelta(hours=1), text.replace(BOSNIA_AT, "20th November, 09:30 (CET)")),  # moved
        (NOW + dt.timedelta(hours=2), f"{text}\n\n{NOTICE}"),  # cancelled
    ]
    for at, bundle in steps:
        _publish(http_server, bundle)
        reports = {name: refresh(config, at) for name, config in configs.items()}
        assert [s.error for s in reports["postgresql"].sources] == [""] * 5
        assert reports["postgresql"].total == reports["sqlite"].total > 40
        assert (reports["postgresql"].added, reports["postgresql"].changed) == (
            reports["sqlite"].added, reports["sqlite"].changed)
        written = {name: _files(config.output) for name, config in configs.items()}
        assert written["postgresql"] == written["sqlite"]
    calendar = written["postgresql"]["calendar.ics"]
    # Moved, moved back and cancelled by the notice in its own source: three changes.
    assert b"STATUS:CANCELLED" in calendar
    assert b"SEQUENCE:3" in calendar


# -- the commands ------------------------------------------------------------------------------------


def _config_file(folder: Path, database: str, server: Server) -> Path:
    folder.mkdir()
    lines = ["[calendar]", f"database = {json.dumps(database)}", 'output = "output"', "refresh_minutes = 60"]
    for source in _sources(server):
        where = f"url = {json.dumps(source.url)}" if source.url else f"path = {json.dumps(source.path)}"
        lines += ["", "[[sources]]", f"name = {json.dumps(source.name)}", where]
    path = folder / "presscal.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _stamps_masked(calendar: bytes) -> bytes:
    """The calendar without DTSTAMP and LAST-MODIFIED: they say when each store first saw the event,
    and the commands read the clock, so two runs a second apart differ there and nowhere else."""
    return re.sub(rb"(?m)^(DTSTAMP|LAST-MODIFIED):\d{8}T\d{6}Z\r\n", b"", calendar)


def _wait_for(path: Path, process: subprocess.Popen[str]) -> bytes:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and process.poll() is None:
        if path.exists():
            return path.read_bytes()
        time.sleep(0.2)
    raise AssertionError(f"no {path}: {process.poll() is not None and process.communicate()[1]}")


def _run(command: str, config: Path, port: int) -> bytes:
    """Run `presscal COMMAND` as people do, and return the calendar it published (or served)."""
    env = {k: v for k, v in os.environ.items() if k != "PRESSCAL_CONFIG"} | {"PYTHONUNBUFFERED": "1"}
    output = config.parent / "output" / "calendar.ics"
    if command in ("build", "sources"):
        built = subprocess.run([str(PRESSCAL), "build", "--config", str(config)], capture_output=True, text=True,
                               env=env, timeout=120, check=False)
        assert built.returncode == 0, built.stderr
        assert "Traceback" not in built.stderr
        if command == "sources":
            listed = subprocess.run([str(PRESSCAL), "sources", "--config", str(config)], capture_output=True,
                                    text=True, env=env, timeout=60, check=False)
            assert listed.returncode == 0, listed.stderr
            listing = r"(?m)^(\w+): ok: (\d+) items read[^;]*?(\d+) events; .* 0 failures in a row"
            counts = re.findall(listing, listed.stdout)
            return json.dumps(counts).encode()
        return output.read_bytes()
    arguments = ["--port", str(port), "--no-scheduler"] if command == "serve" else []
    process = subprocess.Popen([str(PRESSCAL), command, "--config", str(config), *arguments], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        published = _wait_for(output, process)
        if command == "worker":
            return published
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/calendar.ics", timeout=10) as answer:
                    served: bytes = answer.read()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.2)
        assert served == published
        return served
    finally:
        assert "Traceback" not in stop_process(process)


@pytest.mark.parametrize("command", ["build", "sources", "serve", "worker"])
def test_each_command_gives_the_same_calendar_on_both(
    command: str, tmp_path: Path, http_server: Server, postgres_url: str, unused_port: int,
) -> None:
    _publish(http_server, SAMPLE.read_text(encoding="utf-8"))
    databases = {"sqlite": "sqlite:///presscal.db", "postgresql": postgres_url}
    results: dict[str, bytes] = {}
    for name, url in databases.items():
        results[name] = _run(command, _config_file(tmp_path / name, url, http_server), unused_port)
    same: Callable[[bytes], bytes] = (lambda b: b) if command == "sources" else _stamps_masked
    assert same(results["postgresql"]) == same(results["sqlite"])
    if command == "sources":
        assert len(json.loads(results["sqlite"])) == 5
    else:
        assert results["sqlite"].count(b"BEGIN:VEVENT") > 40
