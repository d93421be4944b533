"""`presscal serve` as people start it: a production WSGI server (waitress), no development-server warning."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import icalendar

from .conftest import SAMPLE
from .http_server import unused_port_fixture  # noqa: F401 (found by name)

PRESSCAL = Path(sys.executable).parent / "presscal"


def _config(folder: Path) -> Path:
    path = folder / "presscal.toml"
    path.write_text(f'[calendar]\ndatabase = "sqlite:///presscal.db"\noutput = "output"\n\n'
                    f'[[sources]]\nname = "nato"\npath = "{SAMPLE}"\n', encoding="utf-8")
    return path


def _start(config: Path, port: int, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # As from a terminal, where Ctrl+C reaches it: a suite started in the background (`make test &`) runs with SIGINT
    # ignored, which its children would inherit, and such a server could not be stopped as people stop it.
    return subprocess.Popen([str(PRESSCAL), "serve", "--config", str(config), "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _stop(server: subprocess.Popen[str]) -> tuple[str, str, int]:
    """Ctrl+C, as people stop it; its output and exit status."""
    if server.poll() is None:
        server.send_signal(signal.SIGINT)
    try:
        out, err = server.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        server.send_signal(signal.SIGUSR1)  # where each thread of a server that did not stop is, into its stderr
        time.sleep(2)
        server.kill()
        out, err = server.communicate()
    return out, err, server.returncode


def _wait_until_listening(url: str, server: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        try:
            urllib.request.urlopen(url, timeout=5).close()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"presscal serve did not answer {url}: {_stop(server)}")


def test_serve_answers_on_waitress_without_a_development_warning(tmp_path: Path, unused_port: int) -> None:
    server = _start(_config(tmp_path), unused_port, "--no-scheduler")
    try:
        base = f"http://127.0.0.1:{unused_port}"
        _wait_until_listening(base + "/health", server)
        with urllib.request.urlopen(base + "/calendar.ics", timeout=10) as response:
            assert response.status == 200
            assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
            assert response.headers["Server"] == "waitress"
            assert len(response.headers.get_all("Date") or []) == 1
            calendar = icalendar.Calendar.from_ical(response.read())
        assert len(calendar.walk("VEVENT")) > 0
    finally:
        out, err, status = _stop(server)
    assert f"presscal is serving 'presscal events' on {base}/" in out
    assert "development server" not in out + err
    assert "WARNING" not in out + err
    assert "Traceback" not in err
    assert status in (0, 130), f"exit status {status} after Ctrl+C; the server's last words: {err[-3000:]}"


def test_a_port_in_use_is_a_sentence(tmp_path: Path, unused_port: int) -> None:
    first = _start(_config(tmp_path), unused_port, "--no-scheduler")
    try:
        _wait_until_listening(f"http://127.0.0.1:{unused_port}/health", first)
        second = subprocess.run([str(PRESSCAL), "serve", "--config", str(_config(tmp_path)), "--port",
                                 str(unused_port)], capture_output=True, text=True, timeout=120, check=False)
    finally:
        _stop(first)
    assert second.returncode == 1
    assert "Traceback" not in second.stderr
    assert f"presscal: cannot listen on 127.0.0.1:{unused_port}: Address already in use" in second.stderr
