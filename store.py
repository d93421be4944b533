"""Events remembered across refreshes: SQLite by default, PostgreSQL by URL (SQLAlchemy Core).

The store keeps a subscription's promise:
- an event found once stays after its item drops off the source;
- an event found again keeps its UID, even when its time, place, day or wording
  changed (matched within its article by kind and day, or kind and title), and
  the same event announced in two items (same kind, same start) is one event;
- a material change (start, end, place, status) raises SEQUENCE and records
  what changed ("moved from 09:15 to 09:30 CET"); `changed` is when the store
  saw it, so rebuilding from unchanged input changes nothing.
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
from model import CANCELLED, Event, StoreError, event_from_dict, event_to_dict

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
    added: int = 0
    changed: int = 0
    unchanged: int = 0


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


def material(event: Event) -> tuple[object, ...]:
    """What a subscriber must be told about when it changes (RFC 5545 3.8.7.4)."""
    return (event.start, event.end, event.timezone, event.location, event.status)


def _content(event: Event) -> dict[str, object]:
    """Everything but the bookkeeping, to tell whether anything at all changed."""
    data = event_to_dict(event)
    for key in ("changed", "sequence", "change", "previous_start"):
        data.pop(key)
    return data


def describe_change(old: Event, new: Event) -> str:
    """What changed, in words: 'moved from 09:15 to 09:30 CET', 'cancelled', 'place: A -> B'."""
    parts = []
    if new.status != old.status:
        parts.append("cancelled" if new.status == CANCELLED else f"status {old.status.lower()} -> {new.status.lower()}")
    if (old.start, old.end) != (new.start, new.end):
        parts.append(f"moved from {_when(old.start, old.start)} to {_when(new.start, old.start)}")
    if new.location != old.location:
        parts.append(f"place: {old.location or 'none'} -> {new.location or 'none'}")
    return "; ".join(parts)


def _previous(old: Event, new: Event) -> dt.datetime | dt.date | None:
    """The start before this change when the start moved, else the one kept from an earlier move."""
    return old.start if old.start != new.start else old.previous_start


def _when(moment: dt.datetime | dt.date, before: dt.datetime | dt.date) -> str:
    if not isinstance(moment, dt.datetime):
        return f"{moment:%a %d %b %Y}"
    same_day = isinstance(before, dt.datetime) and before.date() == moment.date()
    return f"{moment:%H:%M} {moment.tzname()}" if same_day else f"{moment:%a %d %b %Y, %H:%M} {moment.tzname()}"


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
        """Add new events and update changed ones, in one transaction; nothing is ever deleted."""
        added = changed = unchanged = 0
        # Announcements before cancellation notices, so a notice finds the event it cancels as announced.
        incoming = sorted({e.uid: e for e in events}.values(), key=lambda e: e.status == CANCELLED)
        with self._transaction() as db:
            known = _Known(self._candidates(db, incoming), {e.uid for e in incoming})
            stored = set(known.by_uid)
            for event in incoming:
                old = known.by_uid.get(event.uid) or known.same_event(event)
                if old is None:
                    fresh = replace(event, changed=now, sequence=0, change="", previous_start=None)
                    known.add(fresh, claim=True)
                    added += 1
                    continue
                if _notice(event, old):
                    # Another item says an announced event is cancelled: the event stays as it was
                    # announced, marked cancelled (and stays so while its own item repeats it).
                    if old.status == CANCELLED:
                        unchanged += 1
                        continue
                    notice = f"{_CANCELLED_IN} {event.article_title!r}"
                    updated = replace(old, status=CANCELLED, changed=now, sequence=old.sequence + 1,
                                      change="cancelled", notes=(*old.notes, notice))
                    known.add(updated, claim=True)
                    changed += 1
                    continue
                if old.uid in known.claimed:
                    continue  # announced twice in this refresh: the first announcement stands
                known.claimed.add(old.uid)
                event = replace(event, uid=old.uid)
                if old.status == CANCELLED and any(n.startswith(_CANCELLED_IN) for n in old.notes):
                    event = replace(event, status=CANCELLED, notes=old.notes)  # the cancellation stands
                if _content(old) == _content(event):
                    unchanged += 1
                    continue
                moved = material(old) != material(event)
                updated = replace(event, changed=now, sequence=old.sequence + (1 if moved else 0),
                                  change=describe_change(old, event) if moved else old.change,
                                  previous_start=_previous(old, event) if moved else old.previous_start)
                known.add(updated, claim=False)
                changed += 1
            _write(db, [known.by_uid[uid] for uid in known.written], stored)
        return MergeReport(added, changed, unchanged)

    def _candidates(self, db: Connection, incoming: list[Event]) -> dict[str, Event]:
        """Stored events an incoming one may be: same UID, same article, or same day."""
        uids = [e.uid for e in incoming]
        articles = sorted({e.article_title[:ARTICLE_KEY] for e in incoming})
        days = sorted({_day(e) for e in incoming})
        found: dict[str, Event] = {}
        for column, values in ((EVENTS.c.uid, uids), (EVENTS.c.article, articles), (EVENTS.c.day, days)):
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

    def meta_items(self, prefix: str) -> dict[str, str]:
        """Every META entry whose key starts with `prefix`."""
        with self.engine.connect() as db:
            rows = db.execute(sa.select(META.c.key, META.c.value).where(META.c.key.startswith(prefix, autoescape=True)))
            return {str(key): str(value) for key, value in rows}

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


_CANCELLED_IN = "cancelled in"


def _notice(event: Event, old: Event) -> bool:
    """Is `event` another item's notice that the stored event `old` is cancelled?"""
    return event.status == CANCELLED and event.uid != old.uid and event.article_title != old.article_title


class _Known:
    """The stored events a merge may match, indexed the ways `same_event` looks them up."""

    def __init__(self, events: dict[str, Event], arriving: set[str]) -> None:
        self.by_uid: dict[str, Event] = {}
        self.by_article: dict[tuple[str, str, str], list[Event]] = {}
        self.by_start: dict[tuple[str, bool, object, object], list[Event]] = {}
        self.by_day: dict[tuple[str, str], list[Event]] = {}
        self.arriving = arriving
        self.claimed: set[str] = set()
        self.written: set[str] = set()  # UIDs of the events added or changed by this merge
        for event in events.values():
            self.add(event, claim=False)
        self.written.clear()

    def add(self, event: Event, claim: bool) -> None:
        """Index `event` (new, or replacing the stored one of its UID) as one the merge writes."""
        self.written.add(event.uid)
        replaced = self.by_uid.get(event.uid)
        if replaced is not None:
            self.by_article[_article_key(replaced)].remove(replaced)
            self.by_start[_start_key(replaced)].remove(replaced)
            self.by_day[(replaced.kind, _day(replaced))].remove(replaced)
        self.by_uid[event.uid] = event
        self.by_article.setdefault(_article_key(event), []).append(event)
        self.by_start.setdefault(_start_key(event), []).append(event)
        self.by_day.setdefault((event.kind, _day(event)), []).append(event)
        if claim:
            self.claimed.add(event.uid)

    def same_event(self, event: Event) -> Event | None:
        """The stored event that `event` is, when its UID is new.

        Either an event of its article and kind whose UID did not come back this
        time, on the same day or with the same title (its place, day or wording
        changed); or an event of another item of the same kind at the same start
        (timed) or on the same days (all-day), at the same place where both give
        one: one event announced twice.
        """
        vanished = [old for old in self.by_article.get(_article_key(event), [])
                    if old.uid not in self.claimed and old.uid not in self.arriving]
        day = _day(event)
        for old in vanished:
            if _day(old) == day:
                return old
        for old in vanished:
            if old.summary == event.summary:
                return old
        for old in self.by_start.get(_start_key(event), []):
            if old.article_title == event.article_title:
                continue
            if old.location and event.location and old.location != event.location:
                continue  # two press conferences at 09:15, in Sarajevo and in Pristina, are two
            return old
        if event.status == CANCELLED:
            # "The press conference of 20 November is cancelled": the one event of that kind that day.
            others = [old for old in self.by_day.get((event.kind, day), [])
                      if old.article_title != event.article_title]
            if len(others) > 1 and event.location:
                # "in Sarajevo, Bosnia and Herzegovina" picks the one in Bosnia and Herzegovina.
                named = set(event.location.split(", "))
                others = [old for old in others if named & set(old.location.split(", "))]
            if len(others) == 1:
                return others[0]
        return None


def _article_key(event: Event) -> tuple[str, str, str]:
    return (event.source, event.article_title, event.kind)


def _start_key(event: Event) -> tuple[str, bool, object, object]:
    if event.all_day:
        return (event.kind, True, event.start, event.end)
    return (event.kind, False, event.sort_key[0], None)


def _day(event: Event) -> str:
    return event.first_day.isoformat()


def _write(db: Connection, events: list[Event], stored: set[str]) -> None:
    """Insert the new events and update the changed ones, each in one statement with many rows:
    one round trip to a PostgreSQL server per kind, not one per event."""
    rows = [_row(e) for e in events]
    if added := [r for r in rows if r["uid"] not in stored]:
        db.execute(sa.insert(EVENTS), added)
    if updated := [{**r, "old_uid": r["uid"]} for r in rows if r["uid"] in stored]:
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
        "day": _day(event),
        "start_utc": event.sort_key[0].isoformat(),
        "sequence": event.sequence,
        "changed": event.changed.isoformat(),
        "record": json.dumps(event_to_dict(event), ensure_ascii=False, sort_keys=True),
    }
