"""Shared fixtures: the sample corpus, a built output folder, the Flask app and client, store URLs."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

import config as settings
from model import Event
from parsers import extract

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = FIXTURES / "corpus"
GOLDEN = Path(__file__).parent / "golden"
SAMPLE = CORPUS / "nato-2023-11.txt"
# The sample's items are from November 2023; any later day works as the reference,
# since every date in it has a year in its own article.
REFERENCE = dt.date(2026, 11, 27)
NOW = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)
# A PostgreSQL database the store tests may use, e.g.
# postgresql+psycopg://presscal:presscal@127.0.0.1:5432/presscal_test (.ci/run makes one).
POSTGRES_ENV = "PRESSCAL_TEST_POSTGRES"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_events(sample_text: str) -> list[Event]:
    return extract(sample_text, source="nato-2023-11", reference=REFERENCE).events


@pytest.fixture
def make_config(tmp_path: Path, store_url: str):  # type: ignore[no-untyped-def]
    """A Config whose output lives in this test's own folder, and whose database is its own:
    every test that takes it runs twice, on SQLite and on PostgreSQL (see `store_url`)."""

    def make(*sources: settings.Source, **overrides: object) -> settings.Config:
        values: dict[str, object] = {
            "database": store_url,
            "output": tmp_path / "output",
            "sources": sources or (settings.Source("nato", path=str(SAMPLE)),),
        }
        values.update(overrides)
        return settings.Config(**values)  # type: ignore[arg-type]

    return make


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty store database: a SQLite file in tmp_path, or a PostgreSQL schema of its own.

    Every test that builds, refreshes, serves or runs the worker takes it (or `make_config`),
    so that it runs on both databases. The PostgreSQL case is as `postgres_url`.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    with postgres_schema() as url:
        yield url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL of an empty PostgreSQL schema of this test's own, for tests that compare both databases."""
    with postgres_schema() as url:
        yield url


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A fresh schema on the server of $PRESSCAL_TEST_POSTGRES, first on the URL's search_path; dropped after.

    Without that variable the test is skipped, except in CI ($CI set), where it fails: CI
    must never silently skip PostgreSQL. A schema of its own per test keeps tests, and
    concurrent test runs on the same database, from seeing each other's tables.
    """
    server = os.environ.get(POSTGRES_ENV, "").strip()
    if not server:
        reason = f"${POSTGRES_ENV} is not set: no PostgreSQL server to run the tests on (.ci/run sets one up)"
        if _in_ci():
            pytest.fail(f"{reason}; in CI ($CI is set) the PostgreSQL tests must run", pytrace=False)
        pytest.skip(reason)
    schema = f"presscal_test_{uuid.uuid4().hex[:16]}"
    url = sa.make_url(server)
    given = url.query.get("options", "")  # keep any libpq options the URL already has
    options = " ".join([*([given] if isinstance(given, str) else given), f"-csearch_path={schema}"]).strip()
    admin = sa.create_engine(url)
    try:
        with admin.begin() as db:
            db.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        try:
            yield url.update_query_dict({"options": options}).render_as_string(hide_password=False)
        finally:
            with admin.begin() as db:
                db.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        admin.dispose()


def stop_process(process: subprocess.Popen[str]) -> str:
    """Stop a presscal process as a service manager does (SIGTERM, then SIGKILL); its stderr."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        return process.communicate(timeout=20)[1]
    except subprocess.TimeoutExpired:
        process.kill()
        return process.communicate()[1]


def listed(text: str, reference: dt.date = REFERENCE) -> list[str]:
    """The days (and clock times) of the events `extract` finds in `text` read as of `reference`, sorted: "2027-03-05
    11:00", or "2027-03-05" / "2027-03-05..2027-03-07" for all-day events (their end shown inclusive)."""

    def when(event: Event) -> str:
        if not event.all_day:
            return f"{event.start:%Y-%m-%d %H:%M}"
        last = event.end - dt.timedelta(days=1)  # the end of an all-day event is exclusive
        return f"{event.start:%Y-%m-%d}" + (f"..{last:%Y-%m-%d}" if last != event.start else "")

    return sorted(when(e) for e in extract(text, source="rows", reference=reference).events)


# What the tests of one form read from a text of their own: the events' starts, written out to compare (each test
# file gives its own reference date, far from or near the text's days as its form needs).
def starts_of(text: str, reference: dt.date) -> list[str]:
    """The events' starts, sorted: "YYYY-MM-DD HH:MM" (wall clock) for a timed event, "YYYY-MM-DD" for a day."""
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=reference).events)


def days_of(text: str, reference: dt.date) -> list[str]:
    """The events' first days, sorted: "YYYY-MM-DD"."""
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=reference).events)


def timed_starts_of(text: str, reference: dt.date) -> list[str]:
    """The timed events' wall-clock starts, sorted: "YYYY-MM-DD HH:MM" (a day's event left out)."""
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=reference).events
                  if isinstance(e.start, dt.datetime))


def utc_starts_of(text: str, reference: dt.date) -> list[str]:
    """The timed events' starts in UTC, sorted: "YYYY-MM-DD HH:MM" (a day's event left out)."""
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}"
                  for e in extract(text, source="test", reference=reference).events
                  if isinstance(e.start, dt.datetime))
