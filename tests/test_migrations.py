"""A store made by an earlier presscal is upgraded in place on first use, on SQLite and PostgreSQL:
its rows are intact, its columns have the new types, and its schema is a new store's."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import sqlalchemy as sa

import migrations
from model import Event, StoreError, event_to_dict
from store import SourceState, Store

from .conftest import NOW

# The tables of the last release without schema versions (efc9fed:store.py), as it created them.
OLD = sa.MetaData()
sa.Table(
    "events", OLD,
    sa.Column("uid", sa.String(64), primary_key=True),
    sa.Column("source", sa.String(200), nullable=False, index=True),
    sa.Column("article", sa.String(500), nullable=False, index=True),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("day", sa.String(10), nullable=False, index=True),
    sa.Column("start_utc", sa.String(32), nullable=False, index=True),
    sa.Column("sequence", sa.Integer, nullable=False),
    sa.Column("changed", sa.String(40), nullable=False),
    sa.Column("record", sa.Text, nullable=False),
)
sa.Table(
    "sources", OLD,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("etag", sa.String(500), nullable=False, default=""),
    sa.Column("last_modified", sa.String(100), nullable=False, default=""),
    sa.Column("content_hash", sa.String(64), nullable=False, default=""),
    sa.Column("last_attempt", sa.String(40), nullable=False, default=""),
    sa.Column("last_success", sa.String(40), nullable=False, default=""),
    sa.Column("last_error", sa.Text, nullable=False, default=""),
    sa.Column("failures", sa.Integer, nullable=False, default=0),
    sa.Column("items", sa.Integer, nullable=False, default=0),
    sa.Column("events", sa.Integer, nullable=False, default=0),
)
sa.Table("meta", OLD, sa.Column("key", sa.String(100), primary_key=True), sa.Column("value", sa.Text, nullable=False))

DIGEST = "9f" * 32
OLD_STATE = SourceState("nato", etag='"v7"', last_modified="Mon, 20 Nov 2023 08:00:00 GMT", content_hash=DIGEST,
                        last_attempt=NOW.isoformat(), last_success=NOW.isoformat(), items=10, events=2)


def _old_store(url: str, events: list[Event]) -> None:
    """A store as the previous release left it: its tables, an event, a source's state, a note."""
    engine = sa.create_engine(url)
    try:
        OLD.create_all(engine)
        with engine.begin() as db:
            for event in events:
                db.execute(sa.insert(OLD.tables["events"]).values(
                    uid=event.uid, source=event.source, article=event.article_title[:500], kind=event.kind,
                    day=event.start.isoformat()[:10], start_utc=event.sort_key[0].isoformat(), sequence=0,
                    changed=NOW.isoformat(), record=json.dumps(event_to_dict(replace(event, changed=NOW)))))
            db.execute(sa.insert(OLD.tables["sources"]).values(
                {name: getattr(OLD_STATE, name) for name in SourceState.__slots__}))  # type: ignore[attr-defined]
            db.execute(sa.insert(OLD.tables["meta"]).values(key="published", value='{"store": "x/1"}'))
    finally:
        engine.dispose()


def _schema(url: str) -> dict[str, object]:
    """Each table's columns (type, nullable, primary key) and indexes, as the database reports them."""
    engine = sa.create_engine(url)
    try:
        found = sa.inspect(engine)
        return {
            table: (
                [(c["name"], str(c["type"]), c["nullable"]) for c in found.get_columns(table)],
                found.get_pk_constraint(table)["constrained_columns"],
                sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in found.get_indexes(table)),
            )
            for table in sorted(found.get_table_names())
        }
    finally:
        engine.dispose()


def _version(url: str) -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as db:
            return int(db.execute(sa.select(migrations.VERSION.c.version)).scalar_one())
    finally:
        engine.dispose()


def test_a_store_of_the_previous_release_is_upgraded_in_place(store_url: str, sample_events: list[Event]) -> None:
    kept = sample_events[:3]
    _old_store(store_url, kept)
    store = Store(store_url)
    try:
        assert [e.uid for e in store.events()] == [e.uid for e in sorted(kept, key=lambda e: e.sort_key)]
        assert all(e.changed == NOW and e.sequence == 0 for e in store.events())
        assert store.source_state("nato") == OLD_STATE
        assert store.meta("published") == '{"store": "x/1"}'
        # What the old columns refused on PostgreSQL: a file source's map of hashes, a long name.
        files = json.dumps({f"/srv/press/{n:03d}-a-long-file-name.txt": DIGEST for n in range(40)})
        long_name = "press office of the ministry " * 20
        store.save_source_state(replace(OLD_STATE, content_hash=files))
        store.save_source_state(SourceState(long_name, etag="W/" + "e" * 900))
        assert store.source_state("nato").content_hash == files
        assert store.source_state(long_name).etag == "W/" + "e" * 900
        # Merging again matches the upgraded rows: nothing new, nothing changed.
        assert store.merge(kept, NOW).added == 0
    finally:
        store.close()
    assert _version(store_url) == migrations.HEAD
    upgraded = _schema(store_url)
    types = {str(t) for columns, _key, _indexes in upgraded.values() for _name, t, _null in columns}  # type: ignore[misc]
    assert not any("VARCHAR" in t or "CHAR(" in t for t in types), types


def test_an_upgraded_store_has_the_schema_of_a_new_one(store_url: str, sample_events: list[Event]) -> None:
    _old_store(store_url, sample_events[:1])
    Store(store_url).close()
    upgraded = _schema(store_url)
    engine = sa.create_engine(store_url)
    try:
        every = sa.MetaData()
        every.reflect(engine)
        every.drop_all(engine)
    finally:
        engine.dispose()
    assert _schema(store_url) == {}
    Store(store_url).close()  # a new store, made at the newest version at once
    assert _schema(store_url) == upgraded
    assert {"events", "sources", "meta", "schema_version"} <= set(upgraded)


def test_opening_a_current_store_again_changes_nothing(store_url: str, sample_events: list[Event]) -> None:
    store = Store(store_url)
    store.merge(sample_events, NOW)
    store.close()
    before = _schema(store_url)
    again = Store(store_url)
    try:
        assert again.count() == len(sample_events)
    finally:
        again.close()
    assert _schema(store_url) == before
    assert _version(store_url) == migrations.HEAD


def test_a_store_of_a_newer_presscal_is_refused_with_a_sentence(store_url: str) -> None:
    Store(store_url).close()
    engine = sa.create_engine(store_url)
    try:
        with engine.begin() as db:
            db.execute(sa.update(migrations.VERSION).values(version=migrations.HEAD + 1))
    finally:
        engine.dispose()
    with pytest.raises(StoreError) as refused:
        Store(store_url)
    message = str(refused.value)
    assert f"version {migrations.HEAD + 1}" in message
    assert "newer presscal" in message
    assert message.startswith("database ")
