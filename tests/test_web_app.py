"""The app's plumbing: one Store per app, closed with it, and one refresh at a time across the
scheduler, builds, other processes and POST /refresh."""

from __future__ import annotations

import dataclasses
import gc
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

import config as settings
from refresh import refresh
from refresh_lock import lock_path, refresh_lock
from scheduler import refresh_job
from web import create_app
from web_store import EXTENSION

from .conftest import NOW

MakeConfig = Callable[..., settings.Config]
TOKEN = "a-long-enough-secret-token"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
# Another process holding the lock file, as a worker or a `presscal build` in a shell would.
HOLDER = ("import fcntl, sys\nf = open(sys.argv[1], 'a')\nfcntl.flock(f, fcntl.LOCK_EX)\n"
          "print('held', flush=True)\nsys.stdin.read()\n")


@contextmanager
def pools_opened() -> Iterator[list[object]]:
    """Each connection pool that makes its first connection meanwhile: one per engine created and used."""
    opened: list[object] = []

    def count(_connection: object, record: object) -> None:
        opened.append(record)

    sa.event.listen(sa.pool.Pool, "first_connect", count)
    try:
        yield opened
    finally:
        sa.event.remove(sa.pool.Pool, "first_connect", count)


@contextmanager
def held_by_another_process(config: settings.Config) -> Iterator[None]:
    path = lock_path(config)
    path.parent.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.communicate("", timeout=30)  # end of its stdin: it exits, and the kernel drops its lock


def test_health_50_times_opens_one_engine(make_config: MakeConfig) -> None:
    config = make_config()
    refresh(config, NOW)
    client = create_app(config).test_client()
    with pools_opened() as opened:
        answers = [client.get("/health") for _ in range(50)]
    assert {a.status_code for a in answers} == {200}
    assert answers[-1].get_json()["events"] > 0
    assert len(opened) == 1


def test_threads_asking_at_once_share_one_store(make_config: MakeConfig) -> None:
    config = make_config()
    refresh(config, NOW)
    app = create_app(config)
    statuses: list[int] = []
    start = threading.Barrier(8)

    def ask() -> None:
        client = app.test_client()
        start.wait()
        statuses.extend(client.get("/health").status_code for _ in range(5))

    with pools_opened() as opened:
        threads = [threading.Thread(target=ask) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert statuses == [200] * 40
    assert len(opened) == 1


def test_the_store_is_closed_when_the_app_is_garbage(make_config: MakeConfig) -> None:
    config = make_config()
    refresh(config, NOW)
    app = create_app(config)
    shared = app.extensions[EXTENSION]
    assert not shared.is_open  # serving files never opens the database
    assert app.test_client().get("/calendar.ics").status_code == 200
    assert not shared.is_open
    assert app.test_client().get("/health").status_code == 200
    assert shared.is_open
    del app
    gc.collect()
    assert not shared.is_open


def test_post_refresh_answers_409_while_this_process_refreshes(make_config: MakeConfig) -> None:
    config: settings.Config = dataclasses.replace(make_config(), refresh_token=TOKEN)
    client = create_app(config).test_client()
    with refresh_lock(config):
        busy = client.post("/refresh", headers=BEARER)
    assert busy.status_code == 409
    assert busy.headers["Retry-After"] == "60"
    assert "Another refresh is running" in busy.get_data(as_text=True)
    assert not (config.output / "calendar.ics").exists()
    assert client.post("/refresh", headers=BEARER).status_code == 200  # the lock was released
    assert (config.output / "calendar.ics").exists()


def test_post_refresh_answers_409_while_another_process_refreshes(make_config: MakeConfig) -> None:
    config: settings.Config = dataclasses.replace(make_config(), refresh_token=TOKEN)
    client = create_app(config).test_client()
    with held_by_another_process(config):
        busy = client.post("/refresh", headers=BEARER)
    assert busy.status_code == 409
    assert "another process" in busy.get_data(as_text=True)
    assert not (config.output / "calendar.ics").exists()
    assert client.post("/refresh", headers=BEARER).status_code == 200


def test_the_scheduled_job_waits_for_another_process_refresh(make_config: MakeConfig) -> None:
    config = make_config()
    job = threading.Thread(target=refresh_job(config))
    with held_by_another_process(config):
        job.start()
        job.join(timeout=2)
        assert job.is_alive()  # waiting for the lock, not refreshing beside the other process
        assert not (config.output / "calendar.ics").exists()
    job.join(timeout=120)
    assert not job.is_alive()
    assert (config.output / "calendar.ics").exists()


def test_the_lock_file_is_never_published(make_config: MakeConfig) -> None:
    config = make_config()
    refresh(config, NOW)
    path = lock_path(config)
    assert path.exists()
    assert not path.resolve().is_relative_to(Path(config.output).resolve())


def test_create_app_only_assembles_the_app() -> None:
    """Issue 12: `create_app` under 50 lines, and each web module under 400 (the house rule)."""
    import inspect

    import views
    import web
    import web_cache
    import web_store

    lines, _ = inspect.getsourcelines(web.create_app)
    assert len(lines) < 50
    for module in (web, views, web_cache, web_store):
        assert len(Path(inspect.getfile(module)).read_text(encoding="utf-8").splitlines()) < 400, module.__name__


def test_a_file_renamed_in_within_one_clock_tick_is_served_new(tmp_path: Path) -> None:
    """Another process's refresh may rename in a calendar of the same size in the same timestamp tick."""
    from web_cache import OutputFiles

    path = tmp_path / "calendar.ics"
    path.write_bytes(b"URL:http://127.0.0.1:8001/calendar.ics\r\n")
    files = OutputFiles(tmp_path)
    assert files.get("calendar.ics").data.endswith(b"8001/calendar.ics\r\n")  # type: ignore[union-attr]
    before = path.stat()
    replacement = tmp_path / "calendar.ics.new"
    replacement.write_bytes(b"URL:http://127.0.0.1:8002/calendar.ics\r\n")
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(replacement, path)
    assert (path.stat().st_mtime_ns, path.stat().st_size) == (before.st_mtime_ns, before.st_size)
    assert files.get("calendar.ics").data.endswith(b"8002/calendar.ics\r\n")  # type: ignore[union-attr]
