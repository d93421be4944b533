"""Events remembered across refreshes: SQLite by default, PostgreSQL by URL (SQLAlchemy Core).

The store is what keeps a subscription's promise: an event found once stays
after its item drops off the source, keeps its UID, and a material change
(start, end, place, status) raises its SEQUENCE. `changed` is when the store
last saw the event change, so rebuilding from unchanged input changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from model import Event, event_from_dict, event_to_dict

_METADATA = sa.MetaData()
EVENTS = sa.Table(
    "events",
    _METADATA,
    sa.Column("uid", sa.String(64), primary_key=True),
    sa.Column("source", sa.String(200), nullable=False, index=True),
    sa.Column("start_utc", sa.String(32), nullable=False, index=True),
    sa.Column("sequence", sa.Integer, nullable=False),
    sa.Column("changed", sa.String(40), nullable=False),
    sa.Column("record", sa.Text, nullable=False),  # the Event as JSON (model.event_to_dict)
)


@dataclass(frozen=True, slots=True)
class MergeReport:
    added: int = 0
    changed: int = 0
    unchanged: int = 0


def material(event: Event) -> tuple[object, ...]:
    """What a subscriber must be told about when it changes (RFC 5545 3.8.7.4)."""
    return (event.start, event.end, event.timezone, event.location, event.status)


def _content(event: Event) -> dict[str, object]:
    """Everything but the bookkeeping, to tell whether anything at all changed."""
    data = event_to_dict(event)
    for key in ("changed", "sequence"):
        data.pop(key)
    return data


class Store:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = sa.create_engine(url, future=True)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        _METADATA.create_all(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection

    def merge(self, events: Iterable[Event], now: dt.datetime) -> MergeReport:
        """Add new events, update changed ones, in one transaction."""
        added = changed = unchanged = 0
        incoming = {e.uid: e for e in events}
        with self._transaction() as db:
            rows = db.execute(sa.select(EVENTS.c.uid, EVENTS.c.record).where(EVENTS.c.uid.in_(list(incoming))))
            known = {uid: event_from_dict(json.loads(record)) for uid, record in rows}
            for uid, event in incoming.items():
                old = known.get(uid)
                if old is None:
                    db.execute(sa.insert(EVENTS).values(_row(replace(event, changed=now, sequence=0))))
                    added += 1
                elif _content(old) == _content(event):
                    unchanged += 1
                else:
                    sequence = old.sequence + (1 if material(old) != material(event) else 0)
                    updated = replace(event, changed=now, sequence=sequence)
                    db.execute(sa.update(EVENTS).where(EVENTS.c.uid == uid).values(_row(updated)))
                    changed += 1
        return MergeReport(added, changed, unchanged)

    def events(self) -> list[Event]:
        """Every remembered event, by start then UID."""
        with self.engine.connect() as db:
            rows = db.execute(sa.select(EVENTS.c.record).order_by(EVENTS.c.start_utc, EVENTS.c.uid))
            return sorted((event_from_dict(json.loads(r)) for (r,) in rows), key=lambda e: e.sort_key)

    def count(self) -> int:
        with self.engine.connect() as db:
            return int(db.execute(sa.select(sa.func.count()).select_from(EVENTS)).scalar_one())


def _row(event: Event) -> dict[str, object]:
    return {
        "uid": event.uid,
        "source": event.source,
        "start_utc": event.sort_key[0].isoformat(),
        "sequence": event.sequence,
        "changed": event.changed.isoformat(),
        "record": json.dumps(event_to_dict(event), ensure_ascii=False, sort_keys=True),
    }


def _sqlite_pragmas(connection: object, _record: object) -> None:
    # WAL: readers (the web app) never block the refresh that writes, and a
    # killed writer leaves a database that opens; NORMAL sync is safe with WAL.
    cursor = connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()
