"""What the store keeps of each source beyond its state row, and sources renamed in the configuration.

Kept in the store's META table (key "source:" + name, a JSON object), so the
schema stays as it is: where the source is read from (its path or URL), the
item pages its feed still owes (sources.Pending), its last warning and how many
items its last read gave. The location is what lets a source renamed in the
configuration keep its events: a new name at an old location is the old source.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from config import Config, Source
from model import SourceError
from sources import source_files
from store import Store

SOURCE_KEY = "source:"


def source_extra(store: Store, name: str) -> dict[str, Any]:
    """What the store keeps of a source beyond its state row (in META, so the schema stays as it is)."""
    try:
        value = json.loads(store.meta(SOURCE_KEY + name) or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def save_extra(store: Store, name: str, extra: dict[str, Any]) -> None:
    store.set_meta(SOURCE_KEY + name, json.dumps(extra, ensure_ascii=False, sort_keys=True))


def adopt_renamed(config: Config, store: Store) -> list[str]:
    """Give a source renamed in the configuration (same path or URL, new name) the events of its old name."""
    configured = {source.name for source in config.sources}
    known = _locations(store, configured)
    notes = []
    for source in config.sources:
        if source_extra(store, source.name) or store.source_state(source.name).last_attempt:
            continue  # read before under this name: not a renamed one
        location = source.url or source.path
        old = next((name for name, where in known.items() if where in (location, _files_of(source))), None)
        if old is None:
            continue
        moved = store.rename_source(old, source.name)
        extra = {**source_extra(store, old), "location": location}
        save_extra(store, source.name, extra)
        store.delete_meta(SOURCE_KEY + old)
        del known[old]
        notes.append(f"source {source.name!r} was called {old!r} (same location {location}): "
                     f"its {moved} events are kept")
    return notes


def _locations(store: Store, configured: set[str]) -> dict[str, str]:
    """Sources no longer configured -> where they were read from.

    A source last read before locations were kept is known by its files: the state of
    a file source keeps a hash per file path."""
    found: dict[str, str] = {}
    for state in store.source_states():
        if state.name in configured or not state.last_attempt:
            continue
        location = str(source_extra(store, state.name).get("location", ""))
        if not location and state.content_hash.startswith("{"):
            with contextlib.suppress(ValueError, AttributeError):
                location = "\n".join(sorted(json.loads(state.content_hash)))
        if location:
            found[state.name] = location
    return found


def _files_of(source: Source) -> str:
    """A file source's files as `_locations` writes them; "" for a URL or a path matching nothing."""
    if source.url:
        return ""
    try:
        return "\n".join(sorted(str(path) for path in source_files(source)))
    except SourceError:
        return ""
