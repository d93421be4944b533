"""One event across the items of a source: the same event announced in two items is kept once. Pure.

Two releases of one source often announce the same briefing, one with its time and one without ("the council will
vote at its meeting on March 17", "the council meets on March 17 at 7 p.m."); the first kept takes both sentences.
A bundle may gather the items of many organisations (their "Source:" lines): two organisations' briefings at one
instant are two briefings, unless both name the same place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from model import CANCELLED, Event
from parsers import kinds
from parsers.likeness import alike, alike_topics, joined


def across_items(events: list[Event], org_of: Mapping[str, str] | None = None) -> list[Event]:
    """The same timed event announced in two items of a source is one event; the first keeps both sentences.
    `org_of` gives each event's organisation by its uid (the item's "Source:" line), where the bundle names one."""
    orgs = org_of or {}
    kept: list[Event] = []
    at_instant: dict[tuple[str, object], list[int]] = {}  # (source, start) -> indexes in `kept`
    for event in events:
        key = (event.source, event.start)
        twin = None if event.all_day else next(
            (at for at in at_instant.get(key, [])
             if _told_again(kept[at], event) and _one_teller(kept[at], event, orgs)), None)
        if twin is None:
            if not event.all_day:
                at_instant.setdefault(key, []).append(len(kept))
            kept.append(event)
            continue
        first = kept[twin]
        kept[twin] = dataclasses.replace(first, sentence=joined(first.sentence, event.sentence),
                                         location=first.location or event.location)
    return _days_told_with_time(kept, orgs)


def _one_teller(kept: Event, event: Event, orgs: Mapping[str, str]) -> bool:
    """Could the two items tell of one happening: one organisation's (or one that names none), or one place?"""
    first, second = orgs.get(kept.uid, ""), orgs.get(event.uid, "")
    return not first or not second or first == second or kept.location == event.location != ""


def _told_again(kept: Event, event: Event) -> bool:
    """Is `event`, of another item at the same instant, the one `kept` already announces? Of one named kind (two
    items' press conferences at 11:00), or saying much the same; an event of no named kind says nothing of what
    happens, so it takes alike titles ("open day" and "spring concert" at 10:00 are two)."""
    if kept.uid == event.uid or kept.article_title == event.article_title:
        return False  # within one article, `distinct` decided
    same_kind = kept.kind == event.kind and event.kind != kinds.EVENT
    return (same_kind or alike(kept.summary, event.summary)) and kept.location in (event.location, "")


def _days_told_with_time(events: list[Event], orgs: Mapping[str, str]) -> list[Event]:
    """A day-long event of one item that another item of the source gives a time: "the council will vote at its
    meeting on March 17" and "the council meets on March 17 at 7 p.m." are one meeting; the timed one keeps both
    sentences. Only where one timed event of that day is of its kind (or says much the same) and its place."""
    timed: dict[tuple[str, object], list[int]] = {}  # (source, day) -> indexes of timed events
    for at, event in enumerate(events):
        if not event.all_day and isinstance(event.start, dt.datetime):
            timed.setdefault((event.source, event.start.date()), []).append(at)
    if not timed:
        return events
    day_long_of: dict[int, list[Event]] = {}
    dropped: set[int] = set()
    for at, event in enumerate(events):
        start, end = event.start, event.end
        if not event.all_day or isinstance(start, dt.datetime) or isinstance(end, dt.datetime) \
                or end - start != _ONE_DAY:
            continue
        twins = [t for t in timed.get((event.source, event.start), []) if _same_happening(event, events[t])
                 and _one_teller(event, events[t], orgs)]
        if len(twins) == 1:
            day_long_of.setdefault(twins[0], []).append(event)
            dropped.add(at)
    out = []
    for at, event in enumerate(events):
        if at in dropped:
            continue
        # (in any order of the items, one text)
        for day_long in sorted(day_long_of.get(at, []), key=lambda e: e.sentence):
            event = dataclasses.replace(event, sentence=joined(event.sentence, day_long.sentence),
                                        location=event.location or day_long.location)
        out.append(event)
    return out


_ONE_DAY = dt.timedelta(days=1)


def _same_happening(day_long: Event, timed: Event) -> bool:
    """Is the timed event of another item the day-long one said with its time: its kind (a named one) or much the
    same words, and no other place?"""
    if CANCELLED in (day_long.status, timed.status):
        return False  # a notice that calls the day off is matched to what it cancels later, by its own rule
    return day_long.article_title != timed.article_title and day_long.location in ("", timed.location) and (
        day_long.kind == timed.kind != kinds.EVENT or alike_topics(day_long.summary, timed.summary))
