"""What a merge would change in the store, decided without the store. Pure.

`plan_merge(known, incoming, now)` takes the stored events that incoming ones may
be (the Store finds them through its indexes) and returns a `MergePlan`: the events
to add, those to update with their new SEQUENCE and change note, and those found as
they are. The Store applies a plan in one transaction; `presscal build --dry-run`
prints one. The identity rules:
- an event found again keeps its UID, even when its time, place, day or wording
  changed (matched within its article by kind and day, or kind and title);
- the same event announced in two items (same kind, same start) is one event, and
  the first announcement stands;
- a material change (start, end, place, status) raises SEQUENCE and records what
  changed ("moved from 09:15 CET to 09:30 CET"); `changed` is `now`, so merging
  unchanged input changes nothing;
- a cancellation stated by another item keeps the event as announced, CANCELLED;
- a cancellation of an event never announced (stored by no merge, named by no other item)
  publishes nothing: there is nothing a subscriber could have put in a calendar.

`standing(events)` applies the same rules to one read with no store behind it (`presscal
extract`), so that extract and build publish the same events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from model import CANCELLED, Event, event_to_dict

CANCELLED_IN = "cancelled in"  # the note an event gets when another item cancels it


@dataclass(frozen=True, slots=True)
class Change:
    """One stored event updated: as it was, and as it will be stored."""

    before: Event
    after: Event

    @property
    def material(self) -> bool:
        """Subscribers are told: SEQUENCE went up."""
        return self.after.sequence > self.before.sequence


@dataclass(frozen=True, slots=True)
class MergePlan:
    """What merging would do. `added` and `changed` are in the order they were decided (an event
    added, then cancelled by a later notice in the same merge, is in both); `inserts` and
    `updates` are the final records to write, each UID once."""

    added: tuple[Event, ...] = ()
    changed: tuple[Change, ...] = ()
    unchanged: tuple[Event, ...] = ()  # incoming events found in the store as they are
    repeated: tuple[Event, ...] = ()  # announcements of an event another item of this merge announced first
    inserts: tuple[Event, ...] = ()
    updates: tuple[Event, ...] = ()
    unannounced: tuple[Event, ...] = ()  # cancellations of events no one announced: nothing is written


def material(event: Event) -> tuple[object, ...]:
    """What a subscriber must be told about when it changes (RFC 5545 3.8.7.4)."""
    return (event.start, event.end, event.timezone, event.location, event.status)


def content(event: Event) -> dict[str, object]:
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


def plan_merge(known: Iterable[Event], incoming: Iterable[Event], now: dt.datetime) -> MergePlan:
    """The changes merging `incoming` into a store holding `known` makes; nothing is ever deleted.

    `known` needs only the stored events an incoming one may be: same UID, article, day or start instant.
    """
    # Announcements before cancellation notices, so a notice finds the event it cancels as announced.
    events = sorted({e.uid: e for e in incoming}.values(), key=lambda e: e.status == CANCELLED)
    index = _Known({e.uid: e for e in known}, {e.uid for e in events})
    stored = set(index.by_uid)
    added: list[Event] = []
    changed: list[Change] = []
    unchanged: list[Event] = []
    repeated: list[Event] = []
    unannounced: list[Event] = []
    for event in events:
        old = index.by_uid.get(event.uid) or index.same_event(event)
        if old is None and event.status == CANCELLED:
            unannounced.append(event)
        elif old is None:
            added.append(index.add(replace(event, changed=now, sequence=0, change="", previous_start=None),
                                   claim=True))
        elif (old.uid in index.claimed or _repeat(event, old)) and not _notice(event, old):
            # Announced again, in this merge or by another item: the first announcement stands, so
            # the order and the grouping in which items arrive cannot change what is stored.
            repeated.append(event)
        else:
            after = _cancelled(old, event, now) if _notice(event, old) else _updated(old, event, now, index)
            if after is None:
                unchanged.append(old)
            else:
                changed.append(Change(old, index.add(after, claim=_notice(event, old))))
    final = [index.by_uid[uid] for uid in sorted(index.written)]
    return MergePlan(tuple(added), tuple(changed), tuple(unchanged), tuple(repeated),
                     tuple(e for e in final if e.uid not in stored), tuple(e for e in final if e.uid in stored),
                     tuple(unannounced))


_READ_AT = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)  # any instant: `standing` keeps each event's own `changed`


def standing(events: Sequence[Event]) -> list[Event]:
    """The events one read publishes with no store behind it, as a merge into an empty store decides
    which stand: an event another item cancels is kept, CANCELLED; the notice itself and a cancellation
    of an event no item announced publish nothing. Repeats stay as the parser merged them."""
    written = {e.uid: e for e in plan_merge((), events, _READ_AT).inserts}
    kept = []
    for event in events:
        after = written.get(event.uid)
        if after is not None:
            kept.append(replace(event, status=after.status, notes=after.notes))
        elif event.status != CANCELLED:
            kept.append(event)  # another item's announcement of one already kept
    return kept


def _cancelled(old: Event, notice: Event, now: dt.datetime) -> Event | None:
    """Another item says the announced event `old` is cancelled: it stays as it was announced, marked
    cancelled (and stays so while its own item repeats it). None when it already is."""
    if old.status == CANCELLED:
        return None
    return replace(old, status=CANCELLED, changed=now, sequence=old.sequence + 1, change="cancelled",
                   notes=(*old.notes, f"{CANCELLED_IN} {notice.article_title!r}"))


def _updated(old: Event, event: Event, now: dt.datetime, index: _Known) -> Event | None:
    """`event` found again as the stored `old`: what to store, or None when nothing changed."""
    index.claimed.add(old.uid)
    event = replace(event, uid=old.uid)
    if old.status == CANCELLED and any(n.startswith(CANCELLED_IN) for n in old.notes):
        event = replace(event, status=CANCELLED, notes=old.notes)  # the cancellation stands
    if content(old) == content(event):
        return None
    moved = material(old) != material(event)
    return replace(event, changed=now, sequence=old.sequence + (1 if moved else 0),
                   change=describe_change(old, event) if moved else old.change,
                   previous_start=_previous(old, event) if moved else old.previous_start)


def _repeat(event: Event, old: Event) -> bool:
    """Is `event` another item's announcement of the stored event `old`?"""
    return event.uid != old.uid and event.article_title != old.article_title


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

    def add(self, event: Event, claim: bool) -> Event:
        """Index `event` (new, or replacing the stored one of its UID) as one the merge writes."""
        self.written.add(event.uid)
        replaced = self.by_uid.get(event.uid)
        if replaced is not None:
            self.by_article[_article_key(replaced)].remove(replaced)
            self.by_start[_start_key(replaced)].remove(replaced)
            self.by_day[(replaced.kind, day_of(replaced))].remove(replaced)
        self.by_uid[event.uid] = event
        self.by_article.setdefault(_article_key(event), []).append(event)
        self.by_start.setdefault(_start_key(event), []).append(event)
        self.by_day.setdefault((event.kind, day_of(event)), []).append(event)
        if claim:
            self.claimed.add(event.uid)
        return event

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
        day = day_of(event)
        for old in vanished:
            if day_of(old) == day:
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
            return self._cancelled_that_day(event, day)
        return None

    def _cancelled_that_day(self, event: Event, day: str) -> Event | None:
        """"The press conference of 20 November is cancelled": the one event of that kind that day."""
        others = [old for old in self.by_day.get((event.kind, day), []) if old.article_title != event.article_title]
        if len(others) > 1 and event.location:
            # "in Sarajevo, Bosnia and Herzegovina" picks the one in Bosnia and Herzegovina.
            named = set(event.location.split(", "))
            others = [old for old in others if named & set(old.location.split(", "))]
        if len(others) > 1:
            # The same release read from two sources: the notice cancels what its own source announced.
            others = [old for old in others if old.source == event.source] or others
        return others[0] if len(others) == 1 else None


def _article_key(event: Event) -> tuple[str, str, str]:
    return (event.source, event.article_title, event.kind)


def _start_key(event: Event) -> tuple[str, bool, object, object]:
    if event.all_day:
        return (event.kind, True, event.start, event.end)
    return (event.kind, False, event.sort_key[0], None)


def day_of(event: Event) -> str:
    """The local start day, ISO: how the store indexes an event by day."""
    return event.first_day.isoformat()
