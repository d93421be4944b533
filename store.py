"""Events remembered across refreshes: SQLite by default, PostgreSQL by URL (SQLAlchemy Core).

The store keeps a subscription's promise: an event found once stays after its item
drops off the source, and an event found again keeps its UID. Which stored event an
incoming one is, and what changes, is decided by merge_plan.py (pure, tested without a
database); the store finds the candidates through its indexes and applies the plan.
It also remembers each source's state: validators for conditional requests,
the last success and error, and how many failures in a row (for backoff).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

import migrations
from database import guarded, masked, open_engine, write_transaction
from merge_plan import MergePlan, day_of, plan_merge
from model import Event, StoreError, event_from_dict, event_to_dict

_METADATA = sa.MetaData()
# Text, never String(n): PostgreSQL enforces a declared length that SQLite ignores, and names,
# titles, validators and a file source's map of hashes have no length one could promise.
EVENTS = sa.Table(
    "events",
    _METADATA,
    sa.Column("uid", sa.Text, primary_key=True),
    sa.Column("source", sa.Text, nullable=False, index=True),
    sa.Column("article", sa.Text, nullable=False, index=True),  # the title's first ARTICLE_KEY characters
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("day", sa.Text, nullable=False, index=True),  # local start day, ISO
    sa.Column("start_utc", sa.Text, nullable=False, index=True),
    sa.Column("sequence", sa.Integer, nullable=False),
    sa.Column("changed", sa.Text, nullable=False),
    sa.Column("record", sa.Text, nullable=False),  # the Event as JSON (model.event_to_dict)
)
SOURCES = sa.Table(
    "sources",
    _METADATA,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("etag", sa.Text, nullable=False, default=""),
    sa.Column("last_modified", sa.Text, nullable=False, default=""),
    sa.Column("content_hash", sa.Text, nullable=False, default=""),  # a digest, or a file source's JSON map of them
    sa.Column("last_attempt", sa.Text, nullable=False, default=""),
    sa.Column("last_success", sa.Text, nullable=False, default=""),
    sa.Column("last_error", sa.Text, nullable=False, default=""),
    sa.Column("failures", sa.Integer, nullable=False, default=0),
    sa.Column("items", sa.Integer, nullable=False, default=0),
    sa.Column("events", sa.Integer, nullable=False, default=0),
)

META = sa.Table(  # small facts about the store's use, e.g. what output/ was last rendered from
    "meta",
    _METADATA,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
# The editors' log (edits_store.py): what editors decided, laid over what the sources said.
EDITS = sa.Table(
    "edits",
    _METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("uid", sa.Text, nullable=False, index=True),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("at", sa.Text, nullable=False),  # ISO 8601, UTC
    sa.Column("editor", sa.Text, nullable=False),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("edit_values", sa.Text, nullable=False),  # JSON [[field, value], ...]
    sa.Column("was", sa.Text, nullable=False),  # JSON [[field, value], ...]: the source's values then
    sa.Column("target", sa.Text, nullable=False),
)
# An index entry must fit a PostgreSQL page (about 2,700 bytes): the article column keeps
# this many characters of the title (4 bytes each at most), and lookups use as many.
ARTICLE_KEY = 500


@dataclass(frozen=True, slots=True)
class MergeReport:
    """How many events a merge added and changed (an event can be both: added, then cancelled by another item)."""

    added: int = 0
    changed: int = 0


@dataclass(frozen=True, slots=True)
class SourceState:
    name: str
    etag: str = ""
    last_modified: str = ""
    content_hash: str = ""
    last_attempt: str = ""
    last_success: str = ""
    last_error: str = ""
    failures: int = 0
    items: int = 0
    events: int = 0


class Store:
    """The events and source states in one database. Every method raises StoreError, a sentence, when
    the database fails; the first use of a store made by an earlier version upgrades its schema."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = open_engine(url)
        try:
            self._open()
        except BaseException:
            self.engine.dispose()
            raise

    @guarded("opening the store")
    def _open(self) -> None:
        try:
            migrations.upgrade(self.engine, _METADATA)
        except StoreError as exc:
            raise StoreError(f"database {masked(self.url)}: {exc}") from exc

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        with write_transaction(self.engine) as connection:
            yield connection

    @guarded("saving the new and changed events")
    def merge(self, events: Iterable[Event], now: dt.datetime) -> MergeReport:
        """Add new events and update changed ones as `plan_merge` decides, in one transaction; nothing is
        ever deleted."""
        incoming = list(events)
        with self._transaction() as db:
            plan = plan_merge(self._candidates(db, incoming).values(), incoming, now)
            _write(db, plan)
        return MergeReport(len(plan.added), len(plan.changed))

    @guarded("planning a merge")
    def plan(self, events: Iterable[Event], now: dt.datetime, pending: Iterable[Event] = ()) -> MergePlan:
        """What `merge` would do, writing nothing. `pending` are events planned by earlier plans and not
        written (a dry run of several sources): they stand for the stored events of their UID."""
        incoming = list(events)
        with self.engine.connect() as db:
            known = self._candidates(db, incoming)
        articles = {e.article_title[:ARTICLE_KEY] for e in incoming}
        days = {day_of(e) for e in incoming}
        uids = {e.uid for e in incoming}
        known.update({e.uid: e for e in pending
                      if e.uid in uids or e.uid in known or e.article_title[:ARTICLE_KEY] in articles
                      or day_of(e) in days})
        return plan_merge(known.values(), incoming, now)

    def _candidates(self, db: Connection, incoming: list[Event]) -> dict[str, Event]:
        """Stored events an incoming one may be: same UID, same article, same day, or same start instant
        (the same instant stated on another clock may fall on another day)."""
        uids = [e.uid for e in incoming]
        articles = sorted({e.article_title[:ARTICLE_KEY] for e in incoming})
        days = sorted({day_of(e) for e in incoming})
        starts = sorted({e.sort_key[0].isoformat() for e in incoming if e.is_timed})
        found: dict[str, Event] = {}
        for column, values in ((EVENTS.c.uid, uids), (EVENTS.c.article, articles), (EVENTS.c.day, days),
                               (EVENTS.c.start_utc, starts)):
            for chunk in _chunks(values, 500):
                for (record,) in db.execute(sa.select(EVENTS.c.record).where(column.in_(chunk))):
                    event = event_from_dict(json.loads(record))
                    found[event.uid] = event
        return found

    @guarded("reading the events")
    def events(self) -> list[Event]:
        """Every remembered event, by start then UID."""
        with self.engine.connect() as db:
            rows = db.execute(sa.select(EVENTS.c.record).order_by(EVENTS.c.start_utc, EVENTS.c.uid))
            return sorted((event_from_dict(json.loads(r)) for (r,) in rows), key=lambda e: e.sort_key)

    @guarded("counting the events")
    def count(self) -> int:
        with self.engine.connect() as db:
            return int(db.execute(sa.select(sa.func.count()).select_from(EVENTS)).scalar_one())

    @guarded("reading the store's version")
    def version(self) -> str:
        """Changes whenever any event does: the newest change and the number of events."""
        with self.engine.connect() as db:
            newest, count = db.execute(sa.select(sa.func.max(EVENTS.c.changed), sa.func.count())).one()
        return f"{newest or ''}/{count}"

    @guarded("counting a source's events")
    def source_counts(self, name: str) -> tuple[int, int]:
        """(articles, events) the store holds from source `name`."""
        query = sa.select(sa.func.count(sa.distinct(EVENTS.c.article)), sa.func.count()).where(EVENTS.c.source == name)
        with self.engine.connect() as db:
            articles, events = db.execute(query).one()
        return int(articles), int(events)

    @guarded("reading the store's notes")
    def meta(self, key: str) -> str:
        with self.engine.connect() as db:
            value = db.execute(sa.select(META.c.value).where(META.c.key == key)).scalar()
        return str(value) if value is not None else ""

    @guarded("writing the store's notes")
    def set_meta(self, key: str, value: str) -> None:
        with self._transaction() as db:
            if db.execute(sa.update(META).where(META.c.key == key).values(value=value)).rowcount == 0:
                db.execute(sa.insert(META).values(key=key, value=value))

    @guarded("reading a source's state")
    def source_state(self, name: str) -> SourceState:
        with self.engine.connect() as db:
            row = db.execute(sa.select(SOURCES).where(SOURCES.c.name == name)).mappings().first()
        return SourceState(**dict(row)) if row else SourceState(name)

    @guarded("reading the sources' states")
    def source_states(self) -> list[SourceState]:
        with self.engine.connect() as db:
            rows = db.execute(sa.select(SOURCES).order_by(SOURCES.c.name)).mappings().all()
        return [SourceState(**dict(row)) for row in rows]

    @guarded("saving a source's state")
    def save_source_state(self, state: SourceState) -> None:
        values = {name: getattr(state, name) for name in SourceState.__slots__}  # type: ignore[attr-defined]
        with self._transaction() as db:
            updated = db.execute(sa.update(SOURCES).where(SOURCES.c.name == state.name).values(values))
            if updated.rowcount == 0:
                db.execute(sa.insert(SOURCES).values(values))

    def delete_meta(self, key: str) -> None:
        with self._transaction() as db:
            db.execute(sa.delete(META).where(META.c.key == key))

    def rewrite(self, events: Iterable[Event]) -> None:
        """Store `events` as they are, over the stored ones of the same UID (a repair, not a change)."""
        with self._transaction() as db:
            for event in events:
                db.execute(sa.update(EVENTS).where(EVENTS.c.uid == event.uid).values(_row(event)))

    def rename_source(self, old: str, new: str) -> int:
        """Give source `old`'s events and state to `new` (a source renamed in the configuration)."""
        with self._transaction() as db:
            records = [r for (r,) in db.execute(sa.select(EVENTS.c.record).where(EVENTS.c.source == old))]
            for record in records:
                event = replace(event_from_dict(json.loads(record)), source=new)
                db.execute(sa.update(EVENTS).where(EVENTS.c.uid == event.uid).values(_row(event)))
            if db.execute(sa.select(SOURCES.c.name).where(SOURCES.c.name == new)).first() is None:
                db.execute(sa.update(SOURCES).where(SOURCES.c.name == old).values(name=new))
        return len(records)


def _write(db: Connection, plan: MergePlan) -> None:
    """Insert the new events and update the changed ones, each in one statement with many rows:
    one round trip to a PostgreSQL server per kind, not one per event."""
    if plan.inserts:
        db.execute(sa.insert(EVENTS), [_row(e) for e in plan.inserts])
    if updated := [{**_row(e), "old_uid": e.uid} for e in plan.updates]:
        columns = {c.name: sa.bindparam(c.name) for c in EVENTS.columns if c.name != "uid"}
        db.execute(sa.update(EVENTS).where(EVENTS.c.uid == sa.bindparam("old_uid")).values(columns), updated)


def _chunks(values: list[str], size: int) -> Iterator[list[str]]:
    for at in range(0, len(values), size):
        yield values[at : at + size]


def _row(event: Event) -> dict[str, object]:
    return {
        "uid": event.uid,
        "source": event.source,
        "article": event.article_title[:ARTICLE_KEY],
        "kind": event.kind,
        "day": day_of(event),
        "start_utc": event.sort_key[0].isoformat(),
        "sequence": event.sequence,
        "changed": event.changed.isoformat(),
        "record": json.dumps(event_to_dict(event), ensure_ascii=False, sort_keys=True),
    }
