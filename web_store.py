"""The web app's one Store: opened at the first request that needs the database, closed with the app.

Opening a Store creates an engine and checks the schema; doing that per request
would cost more than the request. One Store per app is shared by all of its
threads (a SQLAlchemy engine is thread-safe, and each Store method takes its own
connection). It is closed when the app is garbage-collected or the process exits,
so tests that make many apps, and gunicorn workers that stop, leave no pool behind.
"""

from __future__ import annotations

import threading
import weakref

from flask import Flask, current_app

from store import Store

EXTENSION = "presscal.store"


class SharedStore:
    """A Store opened once, lazily, under a lock (two first requests at once open one engine)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._store: Store | None = None
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = self._store
        if store is None:
            with self._lock:
                if self._store is None:
                    self._store = Store(self.url)  # a StoreError (a sentence) leaves it unopened: the next try opens it
                store = self._store
        return store

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def attach_store(app: Flask, url: str) -> SharedStore:
    """Give `app` its Store, closed when the app is garbage or at exit (weakref.finalize does both)."""
    shared = SharedStore(url)
    app.extensions[EXTENSION] = shared
    weakref.finalize(app, shared.close)  # `shared` holds no reference to the app, so the app can be collected
    return shared


def app_store() -> Store:
    """The current app's Store (inside a request or app context)."""
    shared: SharedStore = current_app.extensions[EXTENSION]
    return shared.get()
