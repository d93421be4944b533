"""Each source's health, read from the store: the one computation behind /health and `presscal sources`.

A source is "ok" only when its last read succeeded, gave what it used to give
and owes no failed item page. It is "failing" after a failed read, "warning"
when it was read but something is off (it gave 0 events where it had some, or
item pages of its feed failed), and "unread" before its first read. The
calendar as a whole is "ok" when every source is, else "degraded".
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlalchemy as sa

from config import Config
from model import StoreError
from refresh import store_sentence
from source_meta import source_extra
from sources import pending_from_json
from store import Store


@dataclass(frozen=True, slots=True)
class FailedItem:
    link: str
    title: str
    failures: int
    error: str


@dataclass(frozen=True, slots=True)
class SourceHealth:
    name: str
    location: str
    status: str  # ok | warning | failing | unread
    last_success: str = ""
    last_attempt: str = ""
    last_error: str = ""
    failures_in_a_row: int = 0
    items: int = 0  # items with events, over time
    events: int = 0
    items_read: int = 0  # items read at the last read that parsed the source
    warning: str = ""
    failed_items: list[FailedItem] = field(default_factory=list)
    waiting_items: int = 0  # item pages not reached yet (budget or limit), read at the next refresh


@dataclass(frozen=True, slots=True)
class Health:
    status: str  # ok | degraded
    events: int
    sources: list[SourceHealth]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def health(config: Config, store: Store | None = None) -> Health:
    """The health of every configured source, read from `store` (else one opened for this);
    a store that cannot be read is a StoreError."""
    owned = store is None
    try:
        store = store or Store(config.database)
        try:
            states = {state.name: state for state in store.source_states()}
            extras = {source.name: source_extra(store, source.name) for source in config.sources}
            total = store.count()
        finally:
            if owned:
                store.close()
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(store_sentence(config.database, exc)) from None
    sources = []
    for source in config.sources:
        state, extra = states.get(source.name), extras[source.name]
        location = source.url or source.path
        if state is None or not state.last_attempt:
            sources.append(SourceHealth(source.name, location, "unread"))
            continue
        pending = pending_from_json(extra.get("pending", ""))
        failed = [FailedItem(p.link, p.title, p.failures, p.error) for p in pending if p.failures]
        warning = str(extra.get("warning", ""))
        status = "failing" if state.failures or not state.last_success else "warning" if warning or failed else "ok"
        sources.append(SourceHealth(
            source.name, location, status, state.last_success, state.last_attempt, state.last_error,
            state.failures, state.items, state.events, int(extra.get("items_read", 0) or 0), warning, failed,
            len(pending) - len(failed),
        ))
    overall = "ok" if all(s.status == "ok" for s in sources) else "degraded"
    return Health(overall, total, sources)


def describe(source: SourceHealth) -> list[str]:
    """Lines for `presscal sources`."""
    if source.status == "unread":
        return [f"{source.name}: never read ({source.location})"]
    lines = [f"{source.name}: {source.status}: {source.items_read} items read at the last change, "
             f"{source.items} with events, {source.events} events; last success {source.last_success or 'never'}; "
             f"{source.failures_in_a_row} failures in a row ({source.location})"]
    if source.last_error:
        lines.append(f"  last error: {source.last_error}")
    if source.warning:
        lines.append(f"  warning: {source.warning}")
    for item in source.failed_items:
        lines.append(f"  item failed {item.failures} times: {item.title!r} {item.link}: {item.error}")
    if source.waiting_items:
        lines.append(f"  {source.waiting_items} item pages wait for the next refresh")
    return lines


def as_json(report: Health) -> str:
    return json.dumps(report.to_json(), indent=1, ensure_ascii=False) + "\n"
