"""The one orchestrator: read sources -> parse -> merge into the store -> render -> write output/.

Every source is read, parsed and merged inside its own guard: whatever goes wrong
with one (a failing URL, a hostile page, any exception) is recorded against it,
shown by `presscal sources` and /health, and retried later with backoff; the
others still count, and what the store already holds stays published. A source
that used to give events and now gives none is a warning, not a success. A
source whose content has not changed since the last refresh (same bytes, or a
304) is not parsed again, and when the store has not changed either, nothing is
rendered: an idle refresh only checks that the published files are intact.
Files in output/ are replaced atomically and durably (writing.py); a refresh
that would publish no events where events were published is refused unless forced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from config import Config, Source, calendar_info, calendar_today
from database import masked, reason
from edits_store import drop_event_files, edits_version, hidden_files, published
from feeds.archive import render_archive
from feeds.atom import render_feed
from feeds.event_page import page_path, render_event_page
from feeds.events_json import render_json
from feeds.html import ASSETS, asset, render_page
from feeds.ics import render_calendar
from merge_plan import MergePlan
from model import CANCELLED, Event, SourceError, StoreError
from parsers import extract_articles
from parsers.clean import clean_event
from refresh_lock import refresh_lock
from source_meta import adopt_renamed, save_extra, source_extra
from sources import pending_from_json, pending_to_json, read_source
from store import SourceState, Store
from writing import damaged, manifest_of, write_atomically, write_files

__all__ = ["Report", "SourcePlan", "SourceReport", "StoreError", "plan_refresh", "publish", "refresh",
           "refresh_source", "render_all", "write_atomically", "write_output"]

CANCELLED_KEPT = dt.timedelta(days=30)  # a cancelled event stays visible, marked, this long after its day
MAX_BACKOFF = dt.timedelta(hours=24)
PUBLISHED_KEY = "published"  # store meta: what output/ was last rendered from, to skip rendering nothing new
# Raised when what is rendered from unchanged events changes (a new kind of file, a new line in
# each): the next publication then renders every file again, not only those of changed events.
OUTPUT_LAYOUT = 2
MANIFEST_KEY = "manifest"  # store meta: size and hash of each file written to output/, to repair them


@dataclass(slots=True)
class SourceReport:
    name: str
    items: int = 0  # items read this time
    events: int = 0
    added: int = 0
    changed: int = 0
    problems: list[str] = field(default_factory=list)
    error: str = ""
    skipped: str = ""  # why the source was not read this time (unchanged, backing off)
    warning: str = ""  # read, but suspicious: "gave 0 events, had 20"


@dataclass(slots=True)
class Report:
    sources: list[SourceReport]
    total: int = 0
    written: list[Path] = field(default_factory=list)
    refused: str = ""  # why output/ was left as it was
    problems: list[str] = field(default_factory=list)  # of the publication: events left out, files repaired

    @property
    def added(self) -> int:
        return sum(s.added for s in self.sources)

    @property
    def changed(self) -> int:
        return sum(s.changed for s in self.sources)


def refresh(config: Config, now: dt.datetime, store: Store | None = None, *, force: bool = False,
            wait: bool = True) -> Report:
    """Read every source into the store, then write output/ from the store.

    Under the refresh lock (refresh_lock.py), so a refresh never runs twice at once; with
    wait=False a held lock is a RefreshBusy at once instead of a wait.
    """
    with refresh_lock(config, wait=wait):
        return _refresh(config, now, store, force)


def _refresh(config: Config, now: dt.datetime, store: Store | None, force: bool) -> Report:
    owned = store is None
    try:
        store = store or Store(config.database)
        try:
            renamed = adopt_renamed(config, store)
            report = Report([refresh_source(source, config, store, now, force) for source in config.sources])
            report.problems.extend(renamed)
            publish(store, config, now, report, force)
            return report
        finally:
            if owned:
                store.close()
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(store_sentence(config.database, exc)) from None


@dataclass(slots=True)
class SourcePlan:
    """What a refresh would do with one source (`presscal build --dry-run`)."""

    name: str
    items: int = 0
    plan: MergePlan = field(default_factory=MergePlan)
    problems: list[str] = field(default_factory=list)
    error: str = ""


def plan_refresh(config: Config, now: dt.datetime, store: Store) -> list[SourcePlan]:
    """What a refresh would change in the store, source by source, writing nothing: every source is read
    whole (no conditional request, no backoff), and each plan counts what the plans before it would write."""
    plans: list[SourcePlan] = []
    planned: dict[str, Event] = {}
    for source in config.sources:
        result = SourcePlan(source.name)
        plans.append(result)
        try:
            read = read_source(source, None, None, now, dt.timedelta(minutes=config.refresh_minutes))
            result.items, result.problems = len(read.articles), list(read.problems)
            found = _extract(read.articles, source, config, now, result.problems)
            result.plan = store.plan(found, now, planned.values())
        except StoreError:
            raise
        except Exception as exc:  # the guard of one source, as in a refresh  # noqa: BLE001
            result.error = str(exc) if isinstance(exc, SourceError) else f"{type(exc).__name__}: {exc}"
            continue
        planned.update({e.uid: e for e in (*result.plan.inserts, *result.plan.updates)})
    return plans


def store_sentence(url: str, exc: sa.exc.SQLAlchemyError) -> str:
    """One sentence naming the database and what is wrong with it; never the SQL or its parameters."""
    return f"database {masked(url)}: {reason(exc)}"


def refresh_source(source: Source, config: Config, store: Store, now: dt.datetime, force: bool = False) -> SourceReport:
    """Read one source into the store; its failure, whatever it is, is recorded, never raised."""
    report = SourceReport(source.name)
    try:
        _refresh_source(source, config, store, now, force, report)
    except (StoreError, sa.exc.OperationalError):
        raise  # a locked or full database is the store's trouble, not this source's
    except Exception as exc:  # the guard of one source: nothing it does stops the others  # noqa: BLE001
        report.error = f"source {source.name!r}: {type(exc).__name__}: {exc}"
        report.skipped = ""
        state = store.source_state(source.name)
        store.save_source_state(replace(state, last_attempt=now.isoformat(), last_error=report.error,
                                        failures=state.failures + 1))
    return report


def _refresh_source(source: Source, config: Config, store: Store, now: dt.datetime, force: bool,
                    report: SourceReport) -> None:
    state = store.source_state(source.name)
    extra = source_extra(store, source.name)
    wait = _backoff(state, config)
    waiting = state.failures and state.last_attempt and now < dt.datetime.fromisoformat(state.last_attempt) + wait
    if waiting and not force:
        report.skipped = f"failed {state.failures} times in a row; next try after {wait} from the last"
        report.error = state.last_error
        return
    stamp = now.isoformat()
    interval = dt.timedelta(minutes=config.refresh_minutes)
    extra["location"] = source.url or source.path
    try:
        read = read_source(source, state, pending_from_json(extra.get("pending", "")), now, interval)
    except SourceError as exc:
        report.error = str(exc)
        save_extra(store, source.name, extra)
        store.save_source_state(replace(state, last_attempt=stamp, last_error=report.error,
                                        failures=state.failures + 1))
        return
    extra["pending"] = pending_to_json(read.pending)
    report.problems = list(read.problems)
    if read.unchanged and not read.articles and not force:
        report.skipped = "unchanged since the last refresh"
        report.items, report.events = state.items, state.events
        save_extra(store, source.name, extra)
        store.save_source_state(replace(state, last_attempt=stamp, last_success=stamp, last_error="", failures=0))
        return
    found = _extract(read.articles, source, config, now, report.problems)
    _merge(store, found, now, report)
    report.items, report.events = len(read.articles), len(found)  # what this refresh read
    items, events = store.source_counts(source.name)  # what the source has given over time
    waiting = any(not item.failures for item in read.pending)  # item pages not reached yet: too early to tell
    if not read.unchanged and not found and state.events and not waiting:
        # An empty 200, a page that lost its article: the store keeps the events, the report says so.
        report.warning = f"gave 0 events, had {state.events}"
    elif found:
        extra["warning"] = ""
    if report.warning:
        extra["warning"] = f"{report.warning} (at {stamp})"
    extra["items_read"] = len(read.articles) if not read.unchanged else extra.get("items_read", 0)
    save_extra(store, source.name, extra)
    store.save_source_state(replace(
        state, etag=read.etag, last_modified=read.last_modified, content_hash=read.content_hash,
        last_attempt=stamp, last_success=stamp, last_error="", failures=0, items=items, events=events,
    ))


def _extract(articles: list[Any], source: Source, config: Config, now: dt.datetime,
             problems: list[str]) -> list[Event]:
    """The events of `articles`; an article whose reading raises anything is left out and reported."""
    options = {"reference": calendar_today(config, now), "default_zone": source.timezone or config.timezone,
               "zone_given": bool(source.timezone),
               "numeric_order": config.numeric_dates}
    try:
        found = extract_articles(articles, **options)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 (one article at a time, below, finds the one at fault)
        events: dict[str, Event] = {}
        for article in articles:
            try:
                one = extract_articles([article], **options)  # type: ignore[arg-type]
            except Exception as exc:  # noqa: BLE001 (the guard of one article)
                problems.append(f"{article.source}, item {article.title[:80]!r} ({article.url or 'no URL'}): "
                                f"could not be read ({type(exc).__name__}: {exc})")
                continue
            problems.extend(one.problems)
            for event in one.events:
                events.setdefault(event.uid, event)
        return sorted(events.values(), key=lambda e: e.sort_key)
    problems.extend(found.problems)
    return found.events


def _merge(store: Store, events: list[Event], now: dt.datetime, report: SourceReport) -> None:
    """Merge `events` in one transaction; if the store refuses it, merge one by one, leaving out those it refuses.

    When it refuses every one, the trouble is the store's (locked, full), not the events': that is raised.
    """
    try:
        merged = store.merge(events, now)
        report.added, report.changed = merged.added, merged.changed
        return
    except StoreError as whole:
        if len(events) < 2:
            raise
        refused: list[str] = []
        for event in events:
            try:
                merged = store.merge([event], now)
            except StoreError as exc:
                refused.append(f"event {event.summary[:80]!r} ({event.uid}) could not be stored: {exc}")
                continue
            report.added += merged.added
            report.changed += merged.changed
        if len(refused) == len(events):
            raise whole
        report.problems.extend(refused)


def _backoff(state: SourceState, config: Config) -> dt.timedelta:
    """How long to wait after `failures` failures in a row: the refresh interval, doubling, at most a day."""
    if not state.failures:
        return dt.timedelta()
    wait = dt.timedelta(minutes=config.refresh_minutes) * 2 ** min(state.failures - 1, 16)
    return min(wait, MAX_BACKOFF)


def publish(store: Store, config: Config, now: dt.datetime, report: Report, force: bool = False) -> None:
    """Render output/ from the store, unless nothing it depends on changed and every file is as written."""
    today = calendar_today(config, now)
    output = str(config.output.resolve())
    basis = {"store": store.version(), "today": today.isoformat(), "config": _config_key(config), "output": output,
             "edits": edits_version(store), "layout": OUTPUT_LAYOUT}
    last = json.loads(store.meta(PUBLISHED_KEY) or "{}")
    recorded = json.loads(store.meta(MANIFEST_KEY) or "{}")
    manifest = recorded.get("files", {}) if recorded.get("output") == output else {}
    broken = damaged(config.output, manifest)
    if broken:
        report.problems.append(f"{len(broken)} published files differ from what was written "
                               f"(e.g. {config.output / sorted(broken)[0]}): written again")
    same = {k: last.get(k) for k in basis} == basis and (config.output / "calendar.ics").exists()
    if same and not force and not broken:
        report.total = store.count()
        return
    events, hidden = published(store, _healed(store, report))  # the editors' corrections win over the sources
    events = visible(events, today)
    report.total = len(events)
    if not events and _published_count(config.output) > 0 and not force:
        report.refused = (f"the store has no events but {config.output / 'calendar.ics'} has some: "
                          "nothing was overwritten (use --force to publish an empty calendar)")
        return
    # Single-event files of events unchanged since the last publication (same settings) are left as they are.
    setup = ("config", "output", "layout")
    same_setup = {k: last.get(k) for k in setup} == {k: basis[k] for k in setup}
    since = dt.datetime.fromisoformat(last["at"]) if same_setup and not force and not broken and "at" in last else None
    files = render_all(events, config, today, since, report.problems)
    report.written = write_files(files, config.output)
    drop_event_files(config.output, hidden)
    gone = broken | {name for uid in hidden for name in hidden_files(uid)}
    store.set_meta(MANIFEST_KEY, json.dumps({"output": output, "files": {
        **{k: v for k, v in manifest.items() if k not in gone}, **manifest_of(files, config.output)}}))
    store.set_meta(PUBLISHED_KEY, json.dumps({**basis, "at": now.isoformat()}))
    report.problems[:] = list(dict.fromkeys(report.problems))


def _healed(store: Store, report: Report) -> list[Event]:
    """The stored events, with any text an older version stored uncleaned cleaned, in the store too."""
    events = store.events()
    cleaned = [clean_event(event) for event in events]
    healed = [new for new, old in zip(cleaned, events, strict=True) if new is not old]
    if healed:
        store.rewrite(healed)
        report.problems.append(f"{len(healed)} stored events held characters XML and iCalendar cannot carry: "
                               "cleaned in the store")
    return cleaned


def visible(events: list[Event], today: dt.date) -> list[Event]:
    """What is published: everything but cancelled events whose day is long past."""
    return [e for e in events if e.status != CANCELLED or e.last_day + CANCELLED_KEPT >= today]


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
               unchanged_since: dt.datetime | None = None, problems: list[str] | None = None) -> dict[str, bytes]:
    """Every file of output/, by relative path (without the single-event files of events
    that have not changed since `unchanged_since` and whose file exists).

    A file whose rendering fails is left out (the published one stays) and said so in
    `problems`; an event that cannot be rendered is left out of each file.
    """
    info = calendar_info(config)
    problems = problems if problems is not None else []
    files: dict[str, bytes] = {}
    renderers = {
        "calendar.ics": lambda: render_calendar(events, info, problems),
        "feed.atom": lambda: render_feed(events, info, problems=problems),
        "events.json": lambda: render_json(events),
    }
    for relative, render in renderers.items():
        _render_one(files, relative, render, config, problems)
    pages: dict[str, dict[str, bytes]] = {}  # past/N.html: every past event, reachable from the page
    _render_one(pages, "past/", lambda: render_archive(events, info, today), config, problems)
    archive = pages.get("past/", {})
    files.update(archive)
    _render_one(files, "index.html", lambda: render_page(events, info, today, archive_pages=len(archive)),
                config, problems)
    files.update({name: asset(name) for name in ASSETS})
    for event in events:
        relative = f"events/{event.uid}.ics"
        page = f"{page_path(event.uid)}.html"
        if unchanged_since and event.changed <= unchanged_since and (config.output / relative).exists() \
                and (config.output / page).exists():
            continue
        single = render_calendar([event], info, problems)
        if b"BEGIN:VEVENT" in single:
            files[relative] = single
            # The page depends on the event and settings only, like its .ics.
            _render_one(files, page, lambda event=event: render_event_page(event, info), config, problems)
    return files


def _render_one(files: dict[str, Any], relative: str, render: Any, config: Config, problems: list[str]) -> None:
    """files[relative] = render(); a failure leaves it out (the published file stays) and is said in `problems`."""
    try:
        files[relative] = render()
    except Exception as exc:  # the guard of one file: the others are still written  # noqa: BLE001
        problems.append(f"{config.output / relative}: not rendered, the published one stays "
                        f"({type(exc).__name__}: {exc})")


def write_output(events: list[Event], config: Config, today: dt.date,
                 unchanged_since: dt.datetime | None = None) -> list[Path]:
    return write_files(render_all(events, config, today, unchanged_since), config.output)
