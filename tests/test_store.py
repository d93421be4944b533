"""The store on a real SQLite file and a real PostgreSQL server (`store_url`): adding, updating,
SEQUENCE, `changed`, identity across changes, duplicates, zones, reopening, source state, meta,
version; and WAL on SQLite."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import pytz

from model import Event, event_from_dict, event_to_dict
from store import MergeReport, SourceState, Store

from .conftest import NOW

LATER = NOW + dt.timedelta(hours=1)
LATEST = NOW + dt.timedelta(days=1, minutes=7)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = Store(store_url)
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
    assert report == MergeReport(added=len(sample_events), changed=0)
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
    assert len(store.plan(sample_events, LATER).unchanged) == len(sample_events)
    report = store.merge(sample_events, LATER)
    assert report == MergeReport(added=0, changed=0)
    after = store.events()
    assert after == before
    assert [(e.uid, e.changed, e.sequence) for e in after] == [(e.uid, NOW, 0) for e in before]


def test_a_material_change_raises_the_sequence(store: Store, sample_events: list[Event]) -> None:
    store.merge(sample_events, NOW)
    original = _timed(sample_events)
    assert isinstance(original.start, dt.datetime)
    moved = replace(original, start=original.start + dt.timedelta(minutes=15))
    report = store.merge([moved], LATER)
    assert report == MergeReport(added=0, changed=1)
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
    assert report == MergeReport(added=0, changed=1)
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


def test_a_reopened_database_gives_the_same_events(
    store_url: str, tmp_path: Path, sample_events: list[Event]
) -> None:
    first = Store(store_url)
    try:
        first.merge(sample_events, NOW)
        moved = replace(sample_events[0], location="Somewhere else")
        first.merge([moved], LATER)
        before = first.events()
    finally:
        first.close()
    if store_url.startswith("sqlite"):
        assert (tmp_path / "store.db").is_file()
    second = Store(store_url)
    try:
        assert second.count() == len(sample_events)
        assert second.events() == before
        reopened = {e.uid: e for e in second.events()}
        assert reopened[sample_events[0].uid].location == "Somewhere else"
        assert reopened[sample_events[0].uid].sequence == 1
        assert reopened[sample_events[0].uid].changed == LATER
        # Merging the same input into the reopened store is still a no-op.
        assert len(second.plan(sample_events[1:], LATEST).unchanged) == len(sample_events) - 1
        assert second.merge(sample_events[1:], LATEST) == MergeReport(added=0, changed=0)
        assert second.events() == before
    finally:
        second.close()


def test_sqlite_journal_mode_is_wal(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")  # SQLite only: no store_url
    try:
        with store.engine.connect() as db:
            mode = db.exec_driver_sql("PRAGMA journal_mode").scalar_one()
    finally:
        store.close()
    assert str(mode).lower() == "wal"


def test_the_store_runs_on_the_backend_it_was_given(store: Store, store_url: str) -> None:
    assert store.engine.dialect.name == store_url.split(":", 1)[0].split("+", 1)[0]


SARAJEVO = "presscal-8d83bb7a479eae5fa91794c1"  # press conference, 20 November 2023, 09:15 CET


def _event(events: list[Event], uid: str) -> Event:
    return next(e for e in events if e.uid == uid)


def test_an_event_under_a_new_uid_keeps_its_old_uid(store: Store, sample_events: list[Event]) -> None:
    """Its UID disappeared and a new one came with the same article, kind and day: the same event, moved."""
    store.merge(sample_events, NOW)
    original = _event(sample_events, SARAJEVO)
    assert isinstance(original.start, dt.datetime)
    assert isinstance(original.end, dt.datetime)
    later = dt.timedelta(minutes=30)
    reappeared = replace(original, uid="presscal-000000000000000000000new",
                         start=original.start + later, end=original.end + later)
    refreshed = [reappeared if e.uid == SARAJEVO else e for e in sample_events]
    assert len(store.plan(refreshed, LATER).unchanged) == len(sample_events) - 1
    report = store.merge(refreshed, LATER)
    assert report == MergeReport(added=0, changed=1)
    stored = _by_uid(store)
    assert len(stored) == len(sample_events)
    assert reappeared.uid not in stored
    event = stored[SARAJEVO]
    assert event.sequence == original.sequence + 1 == 1
    assert "moved from" in event.change
    assert event.change == "moved from 09:15 CET to 09:45 CET"
    assert event.changed == LATER
    assert event.start.astimezone(dt.UTC) == original.start.astimezone(dt.UTC) + later  # type: ignore[union-attr]
    # And the next refresh, under the new UID again, changes nothing.
    assert len(store.plan(refreshed, LATEST).unchanged) == len(sample_events)
    assert store.merge(refreshed, LATEST) == MergeReport(added=0, changed=0)
    assert _by_uid(store)[SARAJEVO] == event


def test_a_new_uid_is_a_new_event_while_the_old_uid_is_still_announced(
    store: Store, sample_events: list[Event]
) -> None:
    store.merge(sample_events, NOW)
    original = _event(sample_events, SARAJEVO)
    assert isinstance(original.start, dt.datetime)
    assert isinstance(original.end, dt.datetime)
    second = replace(original, uid="presscal-000000000000000000second", summary="Second press conference",
                     start=original.start + dt.timedelta(hours=3), end=original.end + dt.timedelta(hours=3))
    assert len(store.plan([*sample_events, second], LATER).unchanged) == len(sample_events)
    report = store.merge([*sample_events, second], LATER)
    assert report == MergeReport(added=1, changed=0)
    stored = _by_uid(store)
    assert len(stored) == len(sample_events) + 1
    assert stored[SARAJEVO] == replace(original, changed=NOW, sequence=0)
    assert stored[second.uid].sequence == 0


def test_one_event_announced_by_two_articles_is_stored_once(store: Store, sample_events: list[Event]) -> None:
    """Same kind, same start instant, different articles: one event; the first announcement stands."""
    first = _event(sample_events, SARAJEVO)
    assert isinstance(first.start, dt.datetime)
    assert isinstance(first.end, dt.datetime)
    # The other item states the same instant on another clock.
    again = replace(first, uid="presscal-0000000000000000000again", article_title="Media advisory",
                    summary="Joint press conference with the Chairman of the Presidency",
                    start=first.start.astimezone(pytz.utc), end=first.end.astimezone(pytz.utc), timezone="UTC")
    assert isinstance(again.start, dt.datetime)
    assert again.start == first.start
    assert again.start.replace(tzinfo=None) != first.start.replace(tzinfo=None)
    report = store.merge([first, again], NOW)
    assert report == MergeReport(added=1, changed=0)
    assert store.count() == 1
    assert store.events() == [replace(first, changed=NOW, sequence=0)]


def test_an_event_announced_again_by_a_later_article_stays_one_event(
    store: Store, sample_events: list[Event]
) -> None:
    first = _event(sample_events, SARAJEVO)
    store.merge([first], NOW)
    again = replace(first, uid="presscal-0000000000000000000again", article_title="Media advisory")
    store.merge([again], LATER)
    assert store.count() == 1
    (event,) = store.events()
    assert (event.uid, event.sequence, event.start) == (SARAJEVO, 0, first.start)
    # Another kind at the same instant is another event.
    doorstep = replace(first, uid="presscal-00000000000000000doorstep", article_title="Media advisory",
                       kind="doorstep", summary="Doorstep")
    assert store.merge([doorstep], LATEST) == MergeReport(added=1, changed=0)
    assert sorted(e.uid for e in store.events()) == sorted([SARAJEVO, doorstep.uid])


def test_source_state_round_trip(store: Store) -> None:
    assert store.source_state("nato-news") == SourceState("nato-news")
    assert store.source_states() == []
    state = SourceState(
        name="nato-news",
        etag='W/"5f2d-ä"',
        last_modified="Tue, 21 Nov 2023 09:15:00 GMT",
        content_hash="ab" * 32,
        last_attempt="2026-11-27T12:00:00+00:00",
        last_success="2026-11-27T11:30:00+00:00",
        last_error="HTTP 503: Service Unavailable — «réessayez» " + "x" * 2000,
        failures=3,
        items=10,
        events=20,
    )
    store.save_source_state(state)
    assert store.source_state("nato-news") == state
    recovered = replace(state, last_error="", failures=0, last_success="2026-11-27T12:00:00+00:00")
    store.save_source_state(recovered)  # an update, not a second row
    other = SourceState("agenda", items=1)
    store.save_source_state(other)
    assert store.source_state("nato-news") == recovered
    assert store.source_states() == [other, recovered]  # by name
    assert store.source_state("unknown") == SourceState("unknown")


def test_meta_round_trip(store: Store) -> None:
    assert store.meta("rendered") == ""
    store.set_meta("rendered", "2026-11-27T12:00:00+00:00/20")
    assert store.meta("rendered") == "2026-11-27T12:00:00+00:00/20"
    store.set_meta("rendered", "2026-11-28T08:00:00+00:00/21")  # overwritten, not added
    store.set_meta("note", "ünïcode\nand lines " + "y" * 5000)
    assert store.meta("rendered") == "2026-11-28T08:00:00+00:00/21"
    assert store.meta("note") == "ünïcode\nand lines " + "y" * 5000
    store.set_meta("note", "")
    assert store.meta("note") == ""


def test_version_changes_when_an_event_changes_and_only_then(store: Store, sample_events: list[Event]) -> None:
    empty = store.version()
    assert store.version() == empty
    store.merge(sample_events, NOW)
    merged = store.version()
    assert merged != empty
    # Merging the same events, saving source state and meta change no event.
    store.merge(sample_events, LATER)
    store.save_source_state(SourceState("nato-news", failures=1))
    store.set_meta("rendered", merged)
    assert store.version() == merged
    # A wording change is a change.
    original = sample_events[0]
    store.merge([replace(original, summary=original.summary + " (updated)")], LATER)
    reworded = store.version()
    assert reworded != merged
    assert store.version() == reworded
    # So is a material one.
    timed = _timed(sample_events)
    assert isinstance(timed.start, dt.datetime)
    store.merge([replace(timed, start=timed.start + dt.timedelta(minutes=5))], LATEST)
    moved = store.version()
    assert moved not in (merged, reworded)
    # And a new event; announcing it again is not.
    added = replace(timed, uid="presscal-00000000000000000000added", kind="doorstep")
    store.merge([added], LATEST)
    grown = store.version()
    assert grown not in (merged, reworded, moved)
    store.merge([added], LATEST + dt.timedelta(hours=1))
    assert store.version() == grown


def test_the_same_instant_on_a_clock_where_it_is_another_day_is_one_event(store: Store) -> None:
    """00:30 in Brussels is 23:30 UTC the day before: the store still finds the event another item announced."""
    brussels = pytz.timezone("Europe/Brussels")
    start = brussels.localize(dt.datetime(2023, 11, 21, 0, 30))  # noqa: DTZ001 (localize makes it aware)
    first = Event(uid="presscal-000000000000000000midnight", summary="Press conference", kind="press conference",
                  start=start, end=start + dt.timedelta(hours=1), timezone="Europe/Brussels", location="",
                  sentence="A press conference at 00:30.", article_title="Media advisory", source="nato",
                  as_published="00:30", changed=NOW)
    store.merge([first], NOW)
    again = replace(first, uid="presscal-00000000000000000000again", article_title="Other item",
                    start=start.astimezone(pytz.utc), end=first.end.astimezone(pytz.utc), timezone="UTC")
    assert again.first_day != first.first_day
    assert store.merge([again], LATER) == MergeReport(added=0, changed=0)  # as first announced
    assert [e.uid for e in store.events()] == [first.uid]
