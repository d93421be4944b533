"""The store on real SQLite files: adding, updating, SEQUENCE, `changed`, zones, reopening, WAL."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from model import Event, event_from_dict, event_to_dict
from store import MergeReport, Store

from .conftest import NOW

LATER = NOW + dt.timedelta(hours=1)
LATEST = NOW + dt.timedelta(days=1, minutes=7)


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(_url(tmp_path))
    try:
        yield opened
    finally:
        opened.close()


def _timed(events: list[Event]) -> Event:
    return next(e for e in events if not e.all_day)


def _by_uid(store: Store) -> dict[str, Event]:
    return {e.uid: e for e in store.events()}


def test_new_events_are_added_with_sequence_zero_and_changed_now(store: Store, sample_events: list[Event]) -> None:
    assert store.count() == 0
    report = store.merge(sample_events, NOW)
    assert report == MergeReport(added=len(sample_events), changed=0, unchanged=0)
    stored = store.events()
    assert store.count() == len(sample_events)
    assert [e.uid for e in stored] == [e.uid for e in sorted(sample_events, key=lambda e: e.sort_key)]
    assert all(e.sequence == 0 for e in stored)
    assert all(e.changed == NOW for e in stored)
    # The parser's own `changed` (the article's day) is not what the store records.
    assert all(e.changed != NOW for e in sample_events)


def test_merging_the_same_events_again_changes_nothing(store: Store, sample_events: list[Event]) -> None:
    store.merge(sample_events, NOW)
    before = store.events()
    report = store.merge(sample_events, LATER)
    assert report == MergeReport(added=0, changed=0, unchanged=len(sample_events))
    after = store.events()
    assert after == before
    assert [(e.uid, e.changed, e.sequence) for e in after] == [(e.uid, NOW, 0) for e in before]


def test_a_material_change_raises_the_sequence(store: Store, sample_events: list[Event]) -> None:
    store.merge(sample_events, NOW)
    original = _timed(sample_events)
    assert isinstance(original.start, dt.datetime)
    moved = replace(original, start=original.start + dt.timedelta(minutes=15))
    report = store.merge([moved], LATER)
    assert report == MergeReport(added=0, changed=1, unchanged=0)
    stored = _by_uid(store)
    assert len(stored) == len(sample_events)
    event = stored[original.uid]
    assert event.sequence == 1
    assert event.changed == LATER
    assert event.start.astimezone(dt.UTC) == original.start.astimezone(dt.UTC) + dt.timedelta(minutes=15)
    # Every other event is as it was.
    others = [e for uid, e in stored.items() if uid != original.uid]
    assert all(e.sequence == 0 and e.changed == NOW for e in others)


def test_a_wording_change_is_recorded_without_raising_the_sequence(store: Store, sample_events: list[Event]) -> None:
    store.merge(sample_events, NOW)
    original = _timed(sample_events)
    assert isinstance(original.start, dt.datetime)
    store.merge([replace(original, start=original.start + dt.timedelta(minutes=15))], LATER)
    reworded = replace(original, start=original.start + dt.timedelta(minutes=15), summary="Press conference, reworded")
    report = store.merge([reworded], LATEST)
    assert report == MergeReport(added=0, changed=1, unchanged=0)
    event = _by_uid(store)[original.uid]
    assert event.summary == "Press conference, reworded"
    assert event.sequence == 1  # the material change before, not this one
    assert event.changed == LATEST


def test_a_wording_change_of_a_new_event_keeps_sequence_zero(store: Store, sample_events: list[Event]) -> None:
    store.merge(sample_events, NOW)
    original = sample_events[0]
    report = store.merge([replace(original, summary=original.summary + " (updated)")], LATER)
    assert report.changed == 1
    event = _by_uid(store)[original.uid]
    assert (event.summary, event.sequence, event.changed) == (original.summary + " (updated)", 0, LATER)


def test_timed_events_come_back_in_their_own_zone(store: Store, sample_events: list[Event]) -> None:
    store.merge(sample_events, NOW)
    stored = _by_uid(store)
    timed = [e for e in sample_events if not e.all_day]
    assert len(timed) >= 5, "the sample has timed events in several zones"
    assert len({e.timezone for e in timed}) >= 3
    for original in timed:
        event = stored[original.uid]
        assert isinstance(event.start, dt.datetime)
        assert isinstance(event.end, dt.datetime)
        assert event.timezone == original.timezone
        for value, before in ((event.start, original.start), (event.end, original.end)):
            assert value.tzinfo is not None
            assert getattr(value.tzinfo, "zone", None) == original.timezone
            assert value.astimezone(dt.UTC) == before.astimezone(dt.UTC)  # type: ignore[union-attr]
            # The wall clock is the zone's (CET here), never local mean time.
            assert value.replace(tzinfo=None) == before.replace(tzinfo=None)  # type: ignore[call-arg]
            assert value.utcoffset() == before.utcoffset()  # type: ignore[union-attr]


def test_all_day_events_come_back_as_dates(store: Store, sample_events: list[Event]) -> None:
    store.merge(sample_events, NOW)
    stored = _by_uid(store)
    all_day = [e for e in sample_events if e.all_day]
    assert all_day
    for original in all_day:
        event = stored[original.uid]
        assert type(event.start) is dt.date
        assert type(event.end) is dt.date
        assert (event.start, event.end, event.timezone) == (original.start, original.end, "")


def test_stored_events_equal_the_merged_ones_but_for_bookkeeping(store: Store, sample_events: list[Event]) -> None:
    store.merge(sample_events, NOW)
    stored = _by_uid(store)
    for original in sample_events:
        assert stored[original.uid] == replace(original, changed=NOW, sequence=0)


@pytest.mark.parametrize("through_json", [False, True])
def test_event_dict_round_trip_is_identity(sample_events: list[Event], through_json: bool) -> None:
    assert sample_events
    for event in sample_events:
        data = event_to_dict(event)
        if through_json:
            data = json.loads(json.dumps(data))
        back = event_from_dict(data)
        assert back == event
        assert event_to_dict(back) == event_to_dict(event)
        if not event.all_day:
            assert getattr(back.start.tzinfo, "zone", None) == event.timezone


def test_a_reopened_database_gives_the_same_events(tmp_path: Path, sample_events: list[Event]) -> None:
    first = Store(_url(tmp_path))
    try:
        first.merge(sample_events, NOW)
        moved = replace(sample_events[0], location="Somewhere else")
        first.merge([moved], LATER)
        before = first.events()
    finally:
        first.close()
    assert (tmp_path / "store.db").is_file()
    second = Store(_url(tmp_path))
    try:
        assert second.count() == len(sample_events)
        assert second.events() == before
        reopened = {e.uid: e for e in second.events()}
        assert reopened[sample_events[0].uid].location == "Somewhere else"
        assert reopened[sample_events[0].uid].sequence == 1
        assert reopened[sample_events[0].uid].changed == LATER
        # Merging the same input into the reopened store is still a no-op.
        assert second.merge(sample_events[1:], LATEST).unchanged == len(sample_events) - 1
    finally:
        second.close()


def test_sqlite_journal_mode_is_wal(store: Store) -> None:
    with store.engine.connect() as db:
        mode = db.exec_driver_sql("PRAGMA journal_mode").scalar_one()
    assert str(mode).lower() == "wal"
