"""One store shared by a `presscal worker` and two web processes, started together on an empty
database (SQLite and PostgreSQL): the schema is created once, the three refreshes at start do
not trip over each other, and while another refresh changes the calendar every answer of the
web processes is a whole calendar."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import icalendar

from store import Store

from .conftest import SAMPLE, stop_process
from .http_server import Server, http_server_fixture  # noqa: F401 (the fixture)

PRESSCAL = Path(sys.executable).parent / "presscal"
SAMPLE_EVENTS = 20


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=20) as answer:
        return answer.status, answer.read()


def _wait_until_serving(base: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while True:
        try:
            _get(f"{base}/calendar.ics")
            return
        except OSError:
            if process.poll() is not None:
                raise AssertionError(f"the web process stopped: {process.communicate()[1]}") from None
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_a_worker_and_two_web_processes_share_one_store(store_url: str, tmp_path: Path, http_server: Server) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    http_server.routes["/news.txt"] = (200, {"Content-Type": "text/plain; charset=utf-8"}, text.encode("utf-8"))
    config = tmp_path / "presscal.toml"
    # One public address for all three, as a deployment has: an unconfigured `serve` would publish
    # its own listening address, and the processes would take turns rewriting the shared output.
    config.write_text(f'[calendar]\ndatabase = {json.dumps(store_url)}\noutput = "output"\nrefresh_minutes = 60\n'
                      f'base_url = "https://calendar.example.org"\n\n'
                      f'[[sources]]\nname = "nato"\nurl = {json.dumps(http_server.url("/news.txt"))}\n',
                      encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PRESSCAL_CONFIG"} | {"PYTHONUNBUFFERED": "1"}
    bases = [f"http://127.0.0.1:{_free_port()}" for _ in range(2)]
    commands = [["worker"]] + [["serve", "--no-scheduler", "--port", base.rsplit(":", 1)[1]] for base in bases]
    processes = [subprocess.Popen([str(PRESSCAL), *command, "--config", str(config)], env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for command in commands]
    try:
        for base, web in zip(bases, processes[1:], strict=True):
            _wait_until_serving(base, web)
        calendar = (tmp_path / "output" / "calendar.ics").read_bytes()
        for base in bases:
            assert _get(f"{base}/calendar.ics") == (200, calendar)
            status, body = _get(f"{base}/health")
            assert status == 200
            [nato] = json.loads(body)["sources"]
            assert (nato["events"], nato["last_error"]) == (SAMPLE_EVENTS, "")

        # Another refresh moves an event while the web processes answer: never half a calendar.
        moved = text.replace("20th November, 09:15 (CET)", "20th November, 09:30 (CET)")
        http_server.routes["/news.txt"] = (200, {"Content-Type": "text/plain; charset=utf-8"}, moved.encode("utf-8"))
        build = subprocess.Popen([str(PRESSCAL), "build", "--config", str(config)], env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        answers = 0
        while build.poll() is None or answers < 4:
            for base in bases:
                status, body = _get(f"{base}/calendar.ics")
                assert status == 200
                assert len(icalendar.Calendar.from_ical(body).walk("VEVENT")) == SAMPLE_EVENTS
                answers += 1
        _out, err = build.communicate()
        assert build.returncode == 0, err
        assert "1 changed" in _out
        assert all(process.poll() is None for process in processes)  # all still running
    finally:
        errors = [stop_process(process) for process in processes]
    assert not [e for e in errors if "Traceback" in e or "failed" in e], errors
    store = Store(store_url)
    try:
        assert store.count() == SAMPLE_EVENTS
    finally:
        store.close()
