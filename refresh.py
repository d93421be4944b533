"""The one orchestrator: read sources -> parse -> merge into the store -> render -> write output/.

A source that fails (missing file, binary data, a parse error) is reported
and skipped: the others still count, and what the store already holds stays
published. Files in output/ are replaced atomically (write, then rename), so
a web server never serves half a calendar.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from config import Config, Source, calendar_info
from feeds.atom import render_feed
from feeds.events_json import render_json
from feeds.html import ASSETS, asset, render_page
from feeds.ics import render_calendar
from model import Event, SourceError
from parsers import extract
from sources import read_text, source_files
from store import Store



@dataclass(slots=True)
class SourceReport:
    name: str
    items: int = 0
    events: int = 0
    problems: list[str] = field(default_factory=list)
    error: str = ""


@dataclass(slots=True)
class Report:
    sources: list[SourceReport]
    added: int = 0
    changed: int = 0
    total: int = 0
    written: list[Path] = field(default_factory=list)


def read_source(source: Source, config: Config, reference: dt.date) -> tuple[list[Event], SourceReport]:
    report = SourceReport(source.name)
    events: list[Event] = []
    if source.url:
        raise SourceError(f"source {source.name!r}: URL sources are not supported yet ({source.url})")
    for path in source_files(source):
        text = read_text(path)
        found = extract(text, source=source.name, reference=reference, default_zone=config.timezone,
                        numeric_order=config.numeric_dates)
        report.items += found.articles
        report.problems.extend(f"{path.name}: {p}" for p in found.problems)
        events.extend(found.events)
    report.events = len(events)
    return events, report


def refresh(config: Config, now: dt.datetime, store: Store | None = None) -> Report:
    """Read every source into the store, then write output/ from the store."""
    owned = store is None
    store = store or Store(config.database)
    try:
        reports = []
        added = changed = 0
        for source in config.sources:
            try:
                events, report = read_source(source, config, now.date())
            except SourceError as exc:
                reports.append(SourceReport(source.name, error=str(exc)))
                continue
            merged = store.merge(events, now)
            added, changed = added + merged.added, changed + merged.changed
            reports.append(report)
        events = store.events()
        written = write_output(events, config, now.date())
        return Report(reports, added, changed, len(events), written)
    finally:
        if owned:
            store.close()


def render_all(events: list[Event], config: Config, today: dt.date) -> dict[str, bytes]:
    """Every file of output/, by relative path."""
    info = calendar_info(config)
    files = {
        "calendar.ics": render_calendar(events, info),
        "feed.atom": render_feed(events, info),
        "events.json": render_json(events),
        "index.html": render_page(events, info, today),
    }
    files.update({name: asset(name) for name in ASSETS})
    files.update({f"events/{e.uid}.ics": render_calendar([e], info) for e in events})
    return files


def write_output(events: list[Event], config: Config, today: dt.date) -> list[Path]:
    written = []
    for relative, data in render_all(events, config, today).items():
        path = config.output / relative
        if write_atomically(path, data):
            written.append(path)
    return written


def write_atomically(path: Path, data: bytes) -> bool:
    """Replace `path` with `data` by rename, unless it holds those bytes already. True if written."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True
