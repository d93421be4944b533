"""The one orchestrator: read sources -> parse -> merge into the store -> render -> write output/.

A source that fails (missing file, failing URL, binary data) is reported,
counted and retried later with backoff; the others still count, and what the
store already holds stays published. A source whose content has not changed
since the last refresh (same bytes, or a 304) is not parsed again, and when
the store has not changed either, nothing is rendered: an idle refresh is cheap.
Files in output/ are replaced atomically (write, then rename), so a web server
never serves half a calendar, and a refresh that would publish no events where
events were published is refused unless forced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from config import Config, Source, calendar_info
from feeds.atom import render_feed
from feeds.events_json import render_json
from feeds.html import ASSETS, asset, render_page
from feeds.ics import render_calendar
from model import CANCELLED, Event, SourceError
from parsers import extract_articles
from sources import read_source
from store import SourceState, Store

CANCELLED_KEPT = dt.timedelta(days=30)  # a cancelled event stays visible, marked, this long after its day
MAX_BACKOFF = dt.timedelta(hours=24)
PUBLISHED_KEY = "published"  # store meta: what output/ was last rendered from, to skip rendering nothing new


@dataclass(slots=True)
class SourceReport:
    name: str
    items: int = 0
    events: int = 0
    added: int = 0
    changed: int = 0
    problems: list[str] = field(default_factory=list)
    error: str = ""
    skipped: str = ""  # why the source was not read this time (unchanged, backing off)


@dataclass(slots=True)
class Report:
    sources: list[SourceReport]
    total: int = 0
    written: list[Path] = field(default_factory=list)
    refused: str = ""  # why output/ was left as it was

    @property
    def added(self) -> int:
        return sum(s.added for s in self.sources)

    @property
    def changed(self) -> int:
        return sum(s.changed for s in self.sources)


def refresh(config: Config, now: dt.datetime, store: Store | None = None, *, force: bool = False) -> Report:
    """Read every source into the store, then write output/ from the store."""
    owned = store is None
    store = store or Store(config.database)
    try:
        report = Report([refresh_source(source, config, store, now, force) for source in config.sources])
        publish(store, config, now, report, force)
        return report
    finally:
        if owned:
            store.close()


def refresh_source(source: Source, config: Config, store: Store, now: dt.datetime, force: bool = False) -> SourceReport:
    """Read one source into the store; its failure is recorded, never raised."""
    report = SourceReport(source.name)
    state = store.source_state(source.name)
    wait = _backoff(state, config)
    waiting = state.failures and state.last_attempt and now < dt.datetime.fromisoformat(state.last_attempt) + wait
    if waiting and not force:
        report.skipped = f"failed {state.failures} times in a row; next try after {wait} from the last"
        report.error = state.last_error
        return report
    stamp = now.isoformat()
    try:
        read = read_source(source, state)
    except SourceError as exc:
        report.error = str(exc)
        store.save_source_state(replace(state, last_attempt=stamp, last_error=report.error,
                                        failures=state.failures + 1))
        return report
    if read.unchanged and not force:
        report.skipped = "unchanged since the last refresh"
        report.items, report.events = state.items, state.events
        store.save_source_state(replace(state, last_attempt=stamp, last_success=stamp, last_error="", failures=0))
        return report
    found = extract_articles(read.articles, reference=now.date(), default_zone=source.timezone or config.timezone,
                             numeric_order=config.numeric_dates)
    merged = store.merge(found.events, now)
    report.items, report.events = len(read.articles), len(found.events)  # what this refresh read
    items, events = store.source_counts(source.name)  # what the source has given over time
    report.added, report.changed = merged.added, merged.changed
    report.problems = read.problems + found.problems
    store.save_source_state(replace(
        state, etag=read.etag, last_modified=read.last_modified, content_hash=read.content_hash,
        last_attempt=stamp, last_success=stamp, last_error="", failures=0, items=items, events=events,
    ))
    return report


def _backoff(state: SourceState, config: Config) -> dt.timedelta:
    """How long to wait after `failures` failures in a row: the refresh interval, doubling, at most a day."""
    if not state.failures:
        return dt.timedelta()
    wait = dt.timedelta(minutes=config.refresh_minutes) * 2 ** min(state.failures - 1, 16)
    return min(wait, MAX_BACKOFF)


def publish(store: Store, config: Config, now: dt.datetime, report: Report, force: bool = False) -> None:
    """Render output/ from the store, unless nothing it depends on changed since the last time."""
    today = now.date()
    basis = {"store": store.version(), "today": today.isoformat(), "config": _config_key(config),
             "output": str(config.output.resolve())}
    last = json.loads(store.meta(PUBLISHED_KEY) or "{}")
    if not force and {k: last.get(k) for k in basis} == basis and (config.output / "calendar.ics").exists():
        report.total = store.count()
        return
    events = visible(store.events(), today)
    report.total = len(events)
    if not events and _published_count(config.output) > 0 and not force:
        report.refused = (f"the store has no events but {config.output / 'calendar.ics'} has some: "
                          "nothing was overwritten (use --force to publish an empty calendar)")
        return
    # Single-event files of events unchanged since the last publication (same settings) are left as they are.
    same_setup = {k: last.get(k) for k in ("config", "output")} == {k: basis[k] for k in ("config", "output")}
    since = dt.datetime.fromisoformat(last["at"]) if same_setup and not force and "at" in last else None
    report.written = write_output(events, config, today, unchanged_since=since)
    store.set_meta(PUBLISHED_KEY, json.dumps({**basis, "at": now.isoformat()}))


def visible(events: list[Event], today: dt.date) -> list[Event]:
    """What is published: everything but cancelled events whose day is long past."""
    return [e for e in events if e.status != CANCELLED or _last_day(e) + CANCELLED_KEPT >= today]


def _last_day(event: Event) -> dt.date:
    if isinstance(event.end, dt.datetime):
        return event.end.date()
    return event.end - dt.timedelta(days=1)


def _config_key(config: Config) -> str:
    info = calendar_info(config)
    return hashlib.sha256(repr(info).encode()).hexdigest()


def _published_count(output: Path) -> int:
    return (_read(output / "calendar.ics") or b"").count(b"BEGIN:VEVENT")


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def render_all(events: list[Event], config: Config, today: dt.date,
               unchanged_since: dt.datetime | None = None) -> dict[str, bytes]:
    """Every file of output/, by relative path (without the single-event files of events
    that have not changed since `unchanged_since` and whose file exists)."""
    info = calendar_info(config)
    files = {
        "calendar.ics": render_calendar(events, info),
        "feed.atom": render_feed(events, info),
        "events.json": render_json(events),
        "index.html": render_page(events, info, today),
    }
    files.update({name: asset(name) for name in ASSETS})
    for event in events:
        relative = f"events/{event.uid}.ics"
        if unchanged_since and event.changed <= unchanged_since and (config.output / relative).exists():
            continue
        files[relative] = render_calendar([event], info)
    return files


def write_output(events: list[Event], config: Config, today: dt.date,
                 unchanged_since: dt.datetime | None = None) -> list[Path]:
    written = []
    for relative, data in render_all(events, config, today, unchanged_since).items():
        path = config.output / relative
        # Thousands of single-event files are not flushed one by one: each can be rebuilt.
        if write_atomically(path, data, durable=not relative.startswith("events/")):
            written.append(path)
    return written


def write_atomically(path: Path, data: bytes, durable: bool = True) -> bool:
    """Replace `path` with `data` by rename, unless it holds those bytes already. True if written.

    The rename makes the change atomic for readers and for a killed process; `durable`
    also flushes the bytes to disk first, so a power cut cannot leave an empty file.
    """
    if _read(path) == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True
