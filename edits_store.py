"""The editors' log: every edit, kept for good, in the store's database (SQLite or PostgreSQL).

A table of its own beside the store's, on the same MetaData: the events table
keeps what the sources said, this one what the editors decided, and
`editorial.apply_edits` lays the second over the first at each publication.
Nothing here is ever updated or deleted: the log is the audit trail.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import sqlalchemy as sa

from editorial import Edit, Overlay, apply_edits, overlay_all
from model import Event, event_from_dict
from store import EDITS, EVENTS, Store


class EditLog:
    """The edits of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, edit: Edit) -> Edit:
        row = {"uid": edit.uid, "action": edit.action, "at": edit.at.astimezone(dt.UTC).isoformat(),
               "editor": edit.by, "note": edit.note, "edit_values": json.dumps(edit.values),
               "was": json.dumps(edit.was), "target": edit.target}
        with self.store.engine.begin() as db:
            number = db.execute(sa.insert(EDITS).values(row)).inserted_primary_key[0]  # type: ignore[index]
        return _edit({**row, "id": number})

    def edits(self, uid: str | None = None) -> list[Edit]:
        """Every edit (of `uid`), oldest first."""
        query = sa.select(EDITS).order_by(EDITS.c.id)
        if uid is not None:
            query = query.where(EDITS.c.uid == uid)
        with self.store.engine.connect() as db:
            return [_edit(dict(row)) for row in db.execute(query).mappings()]

    def version(self) -> str:
        """Changes with every new edit: publication depends on it as it does on the store's version."""
        with self.store.engine.connect() as db:
            newest, count = db.execute(sa.select(sa.func.max(EDITS.c.id), sa.func.count()).select_from(EDITS)).one()
        return f"{newest or 0}/{count}"

    def overlays(self) -> list[Overlay]:
        """Every event, stored or added by hand, with its edits applied."""
        return overlay_all(self.store.events(), self.edits())

    def event(self, uid: str) -> Overlay | None:
        """One event with its edits applied (also a hidden one, or one added by hand)."""
        source = self.source_event(uid)
        stored = [source] if source is not None else []
        found = overlay_all(stored, self.edits(uid))
        return found[0] if found else None

    def source_event(self, uid: str) -> Event | None:
        """The event as its source gave it, before any edit."""
        with self.store.engine.connect() as db:
            record = db.execute(sa.select(EVENTS.c.record).where(EVENTS.c.uid == uid)).scalar()
        return event_from_dict(json.loads(record)) if record is not None else None


def _edit(row: dict[str, object]) -> Edit:
    return Edit(uid=str(row["uid"]), action=str(row["action"]), at=dt.datetime.fromisoformat(str(row["at"])),
                by=str(row["editor"]), note=str(row["note"]),
                values=tuple((str(f), str(v)) for f, v in json.loads(str(row["edit_values"]))),
                was=tuple((str(f), str(v)) for f, v in json.loads(str(row["was"]))),
                target=str(row["target"]), number=int(row["id"]))  # type: ignore[call-overload]


def published(store: Store, events: list[Event]) -> tuple[list[Event], list[str]]:
    """What refresh publishes from the store's `events`: edits applied; and the UIDs of hidden events."""
    log = EditLog(store)
    edits = log.edits()
    if not edits:
        return events, []
    shown, _ = apply_edits(events, edits)
    kept = {e.uid for e in shown}
    hidden = sorted({e.uid for e in edits} - kept)
    return shown, hidden


def edits_version(store: Store) -> str:
    return EditLog(store).version()


def drop_event_files(output: Path, uids: list[str]) -> None:
    """A hidden event's single-event file and page go too: the public outputs keep no trace of it."""
    for uid in uids:
        for name in hidden_files(uid):
            (output / name).unlink(missing_ok=True)


def hidden_files(uid: str) -> tuple[str, str]:
    """The files of output/ (relative paths) that a hidden event must not have."""
    return f"events/{uid}.ics", f"events/{uid}.html"
