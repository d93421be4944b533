"""The store's database connection: one engine per URL, and its failures as sentences.

Every failure of the database reaches people as a StoreError naming the database
(password masked), what presscal was doing and why, in words: never the SQL
statement, its parameters or a traceback.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Concatenate, ParamSpec, Protocol, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from model import StoreError

SQLITE_BUSY_MS = 10_000  # how long a SQLite writer waits for another one before giving up
_WRITE_LOCK = 0x70726573_7363616C  # "presscal": the PostgreSQL advisory lock of the store's writers


class _HasUrl(Protocol):
    url: str


_S = TypeVar("_S", bound=_HasUrl)
_P = ParamSpec("_P")
_R = TypeVar("_R")


def open_engine(url: str) -> Engine:
    try:
        engine = sa.create_engine(url)
    except ImportError as exc:  # the driver is an optional dependency
        raise StoreError(f"database {masked(url)}: its driver {exc.name} is not installed; "
                         "for PostgreSQL install presscal[postgres]") from exc
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that one process at a time may hold, from its first read (DDL included).

    Two refreshes at once (a worker, and a web process starting) would otherwise both read
    that an event is new and both insert it; the second would fail. The lock is released
    at commit or rollback.
    """
    if engine.dialect.name == "sqlite":
        # pysqlite begins a transaction only before INSERT/UPDATE/DELETE: reads before them, and
        # DDL, would run outside it. Begin it, and take the write lock, ourselves.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as db:
            db.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.exec_driver_sql("ROLLBACK")
                raise
            db.exec_driver_sql("COMMIT")
        return
    with engine.begin() as db:
        if engine.dialect.name == "postgresql":
            db.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK})
        yield db


def guarded(what: str) -> Callable[[Callable[Concatenate[_S, _P], _R]], Callable[Concatenate[_S, _P], _R]]:
    """The store's error boundary: a method's database failure becomes a StoreError saying `what` failed."""

    def wrap(method: Callable[Concatenate[_S, _P], _R]) -> Callable[Concatenate[_S, _P], _R]:
        @functools.wraps(method)
        def run(owner: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
            try:
                return method(owner, *args, **kwargs)
            except sa.exc.SQLAlchemyError as exc:
                raise StoreError(f"database {masked(owner.url)}: {what} failed: {reason(exc)}") from exc

        return run

    return wrap


def masked(url: str) -> str:
    """The URL with its password as ***."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "(an unreadable URL)"


_REASONS = (  # what a driver says -> what to tell people
    ("database is locked", f"the SQLite file is locked by another process (waited {SQLITE_BUSY_MS // 1000} seconds)"),
    ("unable to open database file", "the SQLite file cannot be opened (does its folder exist, may presscal "
     "write there?)"),
    ("file is not a database", "the file is not a SQLite database"),
    ("connection refused", "the server does not answer (is PostgreSQL running, are the host and port right?)"),
    ("password authentication failed", "the server refused the user name or password"),
    ("timeout expired", "the server did not answer in time"),
)


def reason(exc: sa.exc.SQLAlchemyError) -> str:
    """Why, in words: a plainer sentence for what the driver said, or its first line (never the SQL)."""
    said = str(getattr(exc, "orig", None) or type(exc).__name__).strip().splitlines()
    first = said[0].strip() if said else type(exc).__name__
    first = first.rsplit("FATAL:", 1)[-1].strip()  # libpq: "connection ... failed: FATAL:  database "x" does not exist"
    for known, sentence in _REASONS:
        if known in first.lower():
            return sentence
    return first[:300]


def _sqlite_pragmas(connection: object, _record: object) -> None:
    # WAL: readers (the web app) never block the refresh that writes, and a
    # killed writer leaves a database that opens; NORMAL sync is safe with WAL.
    cursor = connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.close()
