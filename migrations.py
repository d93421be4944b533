"""Schema versions of the store, and the steps that upgrade each version to the next.

A store records its version in the one-row table `schema_version`. A store made
before that table existed (presscal up to efc9fed) is version 1. A new store is
created at the newest version directly (metadata.create_all); an older one is
upgraded in place on first use, one step after the other, all in one transaction
with its new version number, under a lock: several processes opening the store at
once (web workers and `presscal worker`) upgrade it once, and a failed upgrade
leaves the store as it was.

To change the schema, change the tables in store.py and append to STEPS a function
that turns a store of the previous version into one of the new: for a new table
`lambda db, metadata: metadata.tables["edits"].create(db)`, for a new column
`add_column(db, "events", sa.Column(...))`. A test checks that upgrading the
oldest store gives the same schema as creating a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from database import write_transaction
from model import StoreError

FIRST = 1  # the version of a store that has no schema_version table yet

VERSION = sa.Table("schema_version", sa.MetaData(), sa.Column("version", sa.Integer, nullable=False))

Step = Callable[[Connection, sa.MetaData], None]


def _unbounded_text(db: Connection, metadata: sa.MetaData) -> None:
    """2: every String(n) column becomes Text; PostgreSQL refused a file source's JSON map of hashes."""
    retype(db, "events", {name: sa.Text() for name in ("uid", "source", "article", "kind", "day", "start_utc",
                                                        "changed")})
    retype(db, "sources", {name: sa.Text() for name in ("name", "etag", "last_modified", "content_hash",
                                                         "last_attempt", "last_success")})
    retype(db, "meta", {"key": sa.Text()})


def _edits(db: Connection, metadata: sa.MetaData) -> None:
    """3: the editors' log, a table of its own."""
    metadata.tables["edits"].create(db)


STEPS: list[Step] = [_unbounded_text, _edits]  # STEPS[n - 1] upgrades version n to n + 1
HEAD = FIRST + len(STEPS)


def upgrade(engine: Engine, metadata: sa.MetaData) -> None:
    """Bring the store to HEAD: create it when empty, upgrade it when older, refuse it when newer."""
    with engine.connect() as db:
        if _version(db) == HEAD:
            return  # the usual case, two cheap queries and no lock
    with write_transaction(engine) as db:
        version = _version(db)  # again: another process may have upgraded it meanwhile
        if version is None:
            if not sa.inspect(db).has_table("events"):
                metadata.create_all(db)
                VERSION.create(db)
                db.execute(sa.insert(VERSION).values(version=HEAD))
                return
            VERSION.create(db)
            db.execute(sa.insert(VERSION).values(version=FIRST))
            version = FIRST
        if version > HEAD:
            raise StoreError(f"its schema is version {version}, made by a newer presscal than this one "
                             f"(which knows versions up to {HEAD}): upgrade presscal")
        for step in STEPS[version - FIRST :]:
            step(db, metadata)
        db.execute(sa.update(VERSION).values(version=HEAD))


def _version(db: Connection) -> int | None:
    if not sa.inspect(db).has_table(VERSION.name):
        return None
    return int(db.execute(sa.select(VERSION.c.version)).scalar_one())


def add_column(db: Connection, table: str, column: sa.Column[Any]) -> None:
    """ALTER TABLE ... ADD COLUMN, the same on SQLite and PostgreSQL (give a new NOT NULL column a server_default)."""
    quote = db.dialect.identifier_preparer.quote
    spec = sa.schema.CreateColumn(column).compile(dialect=db.dialect)
    db.exec_driver_sql(f"ALTER TABLE {quote(table)} ADD COLUMN {spec}")


def retype(db: Connection, table: str, types: dict[str, sa.types.TypeEngine[Any]]) -> None:
    """Change the type of columns of `table`, keeping its rows, keys and indexes."""
    quote = db.dialect.identifier_preparer.quote
    if db.dialect.name != "sqlite":
        for name, type_ in types.items():
            db.exec_driver_sql(f"ALTER TABLE {quote(table)} ALTER COLUMN {quote(name)} "
                               f"TYPE {type_.compile(dialect=db.dialect)}")
        return
    # SQLite cannot change a column's type: copy the table into a new one (sqlite.org/lang_altertable.html).
    old = sa.Table(table, sa.MetaData(), autoload_with=db)
    new = sa.Table(f"{table}__new", sa.MetaData(), *[
        sa.Column(c.name, types.get(c.name, c.type), primary_key=c.primary_key, nullable=c.nullable)
        for c in old.columns
    ])
    new.create(db)
    names = ", ".join(quote(c.name) for c in old.columns)
    db.exec_driver_sql(f"INSERT INTO {quote(new.name)} ({names}) SELECT {names} FROM {quote(table)}")
    old.drop(db)
    db.exec_driver_sql(f"ALTER TABLE {quote(new.name)} RENAME TO {quote(table)}")
    renamed = sa.Table(table, sa.MetaData(), autoload_with=db)
    for index in old.indexes:
        sa.Index(index.name, *[renamed.c[c.name] for c in index.columns], unique=index.unique).create(db)
