"""One refresh at a time: the lock that every writer of the store and output/ takes.

Within a process a threading.Lock serialises the scheduler's job, POST /refresh
and the editors' republishing. Across processes on one machine (a `presscal
worker`, gunicorn's web workers, a `presscal build` from a shell) an fcntl.flock
on a file beside the SQLite store (else beside output/) does the same; the
kernel releases it when its holder exits, even when killed. Across machines
sharing a PostgreSQL store, the store's advisory write lock (database.py) still
keeps two merges from interleaving; only output/ is then not guarded.
A lock file that cannot be made (a missing or read-only folder) leaves the in-process lock
alone: the store or the output folder then fails with its own sentence.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from config import Config
from model import PresscalError

LOG = logging.getLogger("presscal.refresh")
LOCK_FILE = "presscal-refresh.lock"
_IN_PROCESS = threading.Lock()


class RefreshBusy(PresscalError):
    """Another refresh holds the lock, and the caller chose not to wait."""


def lock_path(config: Config) -> Path:
    """Beside a SQLite store (what every process sharing it can write), else beside output/ (never inside it)."""
    prefix = "sqlite:///"
    if config.database.startswith(prefix) and not config.database.endswith(":memory:"):
        return Path(config.database[len(prefix):]).parent / LOCK_FILE
    return Path(config.output).resolve().parent / LOCK_FILE


@contextmanager
def refresh_lock(config: Config, *, wait: bool = True) -> Iterator[None]:
    """Hold the refresh lock; with wait=False, raise RefreshBusy at once when another refresh holds it."""
    if not _IN_PROCESS.acquire(blocking=wait):
        raise RefreshBusy("a refresh is already running in this process")
    try:
        with _file_lock(lock_path(config), wait):
            yield
    finally:
        _IN_PROCESS.release()


@contextmanager
def _file_lock(path: Path, wait: bool) -> Iterator[None]:
    try:  # never makes the folder: a store path in a missing folder must fail as the store's own sentence
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        LOG.warning("cannot make the refresh lock file %s (%s): only this process's refreshes are serialised",
                    path, exc.strerror or exc)
        yield
        return
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise RefreshBusy(f"a refresh is already running in another process (it holds {path})") from None
        yield
    finally:
        os.close(handle)  # closing the file releases the flock
