"""Editors keep the last word: the precedence rules of editorial.py as a table, then the same rules
through a real store (SQLite file, and PostgreSQL when $PRESSCAL_TEST_POSTGRES is set), with a
Hypothesis property over any sequence of refreshes and edits."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import pytz
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editorial import (
    CONFIRM,
    HIDE,
    MERGE,
    SHOW,
    Edit,
    apply_edits,
    confirm_edit,
    encode,
    overlay_all,
    parse_moment,
    review_reasons,
    set_edit,
)
from edits_store import EditLog
from model import CANCELLED, TENTATIVE, Event, PresscalError
from store import Store

from .conftest import NOW

BRUSSELS = pytz.timezone("Europe/Brussels")
T0 = dt.datetime(2026, 11, 27, 13, 0, tzinfo=dt.UTC)


def _at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def _event(hour: int = 9, minute: int = 15, **changes: object) -> Event:
    start = BRUSSELS.localize(dt.datetime(2023, 11, 20, hour, minute))  # noqa: DTZ001 (localize makes it aware)
    base = Event(uid="presscal-aaaaaaaaaaaaaaaaaaaaaaaa", summary="Press conference", kind="press conference",
                 start=start, end=start + dt.timedelta(minutes=45), timezone="Europe/Brussels",
                 location="Brussels, Belgium", sentence="A press conference at 09:15.", article_title="Advisory",
                 source="nato", as_published="20 November, 09:15 CET", changed=NOW, inferred=frozenset({"year"}))
    return replace(base, **changes)  # type: ignore[arg-type]


def _set(event: Event, minutes: int = 10, note: str = "checked with the press office", **fields: str) -> Edit:
    return set_edit(event, fields, at=_at(minutes), by="alice", note=note)


def _plain(event: Event, kind: str, minutes: int = 10, note: str = "a note", target: str = "") -> Edit:
    return Edit(event.uid, kind, _at(minutes), "alice", note, target=target)


def _wall(event: Event) -> str:
    assert isinstance(event.start, dt.datetime)
    return f"{event.start:%H:%M} {event.start.tzname()}"


# (why, the source's event at the last refresh, edits made on the event as the source gave it first,
#  expected start, summary and place, expected review flag messages)
SOURCE = _event()
PRECEDENCE = [
    ("no edit: the source's values", _event(9, 30), [], ("09:30 CET", "Press conference", "Brussels, Belgium"), []),
    ("an edited start survives a refresh that says something new, and is flagged with both values",
     _event(9, 30), [_set(SOURCE, start="2023-11-20T09:15", note="a typo")],
     ("09:15 CET", "Press conference", "Brussels, Belgium"),
     ["the source now says 09:30 CET; you set 09:15 CET", "the source now says 10:15 CET; you set 10:00 CET"]),
    ("an edited start whose source did not change is not flagged", _event(),
     [_set(SOURCE, start="2023-11-20T10:00")], ("10:00 CET", "Press conference", "Brussels, Belgium"), []),
    ("a source that comes round to the editor's value is not flagged", _event(10, 0),
     [_set(SOURCE, start="2023-11-20T10:00")], ("10:00 CET", "Press conference", "Brussels, Belgium"), []),
    ("unedited fields follow the source", _event(9, 30, location="Mons, Belgium"),
     [_set(SOURCE, summary="Joint press conference")], ("09:30 CET", "Joint press conference", "Mons, Belgium"), []),
    ("an edited place survives; the title follows the source", _event(summary="Doorstep", location="Mons, Belgium"),
     [_set(SOURCE, location="Evere, Belgium")], ("09:15 CET", "Doorstep", "Evere, Belgium"),
     ["the source now says 'Mons, Belgium'; you set 'Evere, Belgium'"]),
    ("the later of two edits of a field wins", _event(),
     [_set(SOURCE, 10, summary="First"), _set(SOURCE, 20, summary="Second")], ("09:15 CET", "Second",
                                                                                 "Brussels, Belgium"), []),
    ("each edit keeps what the source said when it was made", _event(9, 30),
     [_set(SOURCE, location="Evere, Belgium"), _set(SOURCE, 15, start="2023-11-20T09:15")],
     ("09:15 CET", "Press conference", "Evere, Belgium"),
     ["the source now says 09:30 CET; you set 09:15 CET", "the source now says 10:15 CET; you set 10:00 CET"]),
]


@pytest.mark.parametrize(("why", "source", "edits", "expected", "flags"), PRECEDENCE, ids=[r[0] for r in PRECEDENCE])
def test_edits_win_field_by_field(why: str, source: Event, edits: list[Edit], expected: tuple[str, str, str],
                                  flags: list[str]) -> None:
    [published], found = apply_edits([source], edits)
    assert (_wall(published), published.summary, published.location) == expected, why
    assert [f.message for f in found] == flags, why
    assert published.sequence == source.sequence + len(edits)
    assert published.corrected == bool(edits)
    assert published.changed == max([source.changed, *(e.at for e in edits)])


def test_a_confirmation_clears_the_flag_until_the_source_changes_again() -> None:
    edits = [_set(SOURCE, start="2023-11-20T09:15", note="typo")]
    assert len(apply_edits([_event(9, 30)], edits)[1]) == 2
    edits.append(confirm_edit(_event(9, 30), at=_at(20), by="bob"))
    [published], flags = apply_edits([_event(9, 30)], edits)
    assert _wall(published) == "09:15 CET"
    assert flags == []
    assert published.sequence == SOURCE.sequence + 1, "a confirmation changes nothing a subscriber sees"
    _, flags = apply_edits([_event(9, 45)], edits)
    assert [f.message for f in flags][0] == "the source now says 09:45 CET; you set 09:15 CET"


@pytest.mark.parametrize(("why", "kinds", "hidden"), [
    ("hidden", [HIDE], True),
    ("hidden, then shown", [HIDE, SHOW], False),
    ("merged into another", [MERGE], True),
    ("shown without being hidden", [SHOW], False),
])
def test_hidden_events_stay_hidden_when_their_release_changes(why: str, kinds: list[str], hidden: bool) -> None:
    edits = [_plain(SOURCE, kind, minute, target="presscal-bbbbbbbbbbbbbbbbbbbbbbbb" if kind == MERGE else "")
             for minute, kind in enumerate(kinds, 10)]
    for release in (SOURCE, _event(11, 0, summary="Moved press conference", status=CANCELLED)):
        published, _ = apply_edits([release], edits)
        assert (published == []) == hidden, why
    [item] = overlay_all([SOURCE], edits)
    assert item.merged_into == ("presscal-bbbbbbbbbbbbbbbbbbbbbbbb" if kinds == [MERGE] else "")


def test_the_note_goes_into_the_description_and_the_editor_name_does_not() -> None:
    from feeds.atom import render_feed
    from feeds.ics import CalendarInfo, render_calendar

    edits = [_set(SOURCE, start="2023-11-20T10:00", note="The ministry moved it")]
    other = _event(uid="presscal-cccccccccccccccccccccccc", summary="Other", start=SOURCE.start + dt.timedelta(1),
                   end=SOURCE.end + dt.timedelta(1))
    published, _ = apply_edits([SOURCE, other], edits)
    ics = render_calendar(published, CalendarInfo())
    feed = render_feed(published, CalendarInfo())
    assert b"Corrected: The ministry moved it" in ics
    assert b"alice" not in ics
    assert b"alice" not in feed
    # The corrected entry leads the feed, marked, although it is the earlier event.
    first = feed.index(b"<entry>")
    assert feed.index(b"[Corrected] Mon 20 Nov 2023, 10:00 CET") > first
    assert feed.index(b"[Corrected]") < feed.index(b"Other")


@pytest.mark.parametrize(("why", "event", "reasons"), [
    ("an inferred year", _event(), ["the year was inferred"]),
    ("tentative, with a weekday that did not fit", _event(status=TENTATIVE, inferred=frozenset(),
                                                           notes=("the text says Tuesday, but 20 November 2023 is a "
                                                                  "Monday",)),
     ["it is tentative", "a note on the text: the text says Tuesday, but 20 November 2023 is a Monday"]),
    ("nothing guessed", _event(inferred=frozenset({"end"})), []),
])
def test_review_reasons(why: str, event: Event, reasons: list[str]) -> None:
    [item] = overlay_all([event], [])
    assert review_reasons(item) == reasons, why
    [confirmed] = overlay_all([event], [_plain(event, CONFIRM)])
    assert review_reasons(confirmed) == [], "confirmed since it last changed"
    [changed_since] = overlay_all([replace(event, changed=_at(30))], [_plain(event, CONFIRM)])
    assert review_reasons(changed_since) == reasons, "the source changed after the confirmation"


@pytest.mark.parametrize(("fields", "message"), [
    ({"start": "2023-11-20T10:00", "end": "2023-11-20T09:00"}, "must come after the start"),
    ({"start": "2023-11-20", "end": "2023-11-20T09:00"}, "both be dates"),
    ({"start": "20/11/2023"}, "not an ISO 8601"),
    ({"start": "2023-03-26T02:30"}, "does not name one moment"),
    ({"timezone": "Mars/Olympus"}, "not an IANA time zone"),
    ({"status": "MAYBE"}, "status must be one of"),
    ({"summary": " "}, "title cannot be empty"),
    ({}, "nothing to change"),
])
def test_an_impossible_edit_is_refused_with_a_sentence(fields: dict[str, str], message: str) -> None:
    with pytest.raises(PresscalError, match=message):
        _set(SOURCE, **fields)


def test_times_are_wall_times_in_the_given_zone_and_a_new_zone_keeps_the_wall_times() -> None:
    [moved], _ = apply_edits([SOURCE], [_set(SOURCE, start="2023-11-20T09:15", timezone="Europe/London")])
    assert moved.timezone == "Europe/London"
    assert moved.start == pytz.timezone("Europe/London").localize(dt.datetime(2023, 11, 20, 9, 15))  # noqa: DTZ001
    [zone_only], _ = apply_edits([SOURCE], [_set(SOURCE, timezone="Europe/Helsinki")])
    assert _wall(zone_only) == "09:15 EET"
    assert zone_only.end - zone_only.start == dt.timedelta(minutes=45)
    [all_day], _ = apply_edits([SOURCE], [_set(SOURCE, start="2023-11-20")])
    assert (all_day.start, all_day.end, all_day.timezone) == (dt.date(2023, 11, 20), dt.date(2023, 11, 21), "")
    assert parse_moment("2023-11-20T08:15+00:00", "Europe/Brussels") == SOURCE.start


# The same rules through a real store: any sequence of refreshes and edits.

VALUES = {"summary": ["Press conference", "Doorstep", "Briefing"],
          "location": ["Brussels, Belgium", "Mons, Belgium", "Evere, Belgium"],
          "start": ["2023-11-20T09:15", "2023-11-20T09:30", "2023-11-21T14:00"],
          "status": ["CONFIRMED", "TENTATIVE"]}
STEPS = st.lists(st.one_of(
    st.tuples(st.just("refresh"), st.fixed_dictionaries({f: st.sampled_from(v) for f, v in VALUES.items()})),
    st.tuples(st.just("edit"), st.dictionaries(st.sampled_from(sorted(VALUES)), st.integers(0, 2), min_size=1)),
), max_size=8)


def _from_source(values: dict[str, str]) -> Event:
    start = BRUSSELS.localize(dt.datetime.fromisoformat(values["start"]))
    return _event(summary=values["summary"], location=values["location"], status=values["status"], start=start,
                  end=start + dt.timedelta(minutes=45))


def _text(event: Event, field: str) -> str:
    """A field as VALUES spells it: the start as a wall time in the event's zone."""
    value = getattr(event, field)
    return f"{value:%Y-%m-%dT%H:%M}" if field == "start" else encode(field, value)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_any_refreshes_and_edits_end_with_edited_fields_at_the_editors_values(steps: list[tuple[str, dict]],
                                                                               tmp_path_factory: pytest.TempPathFactory
                                                                               ) -> None:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('prop') / 'store.db'}")
    try:
        log = EditLog(store)
        source = _from_source({f: v[0] for f, v in VALUES.items()})
        store.merge([source], _at(0))
        edited: dict[str, str] = {}
        for number, (step, values) in enumerate(steps, 1):
            if step == "refresh":
                source = _from_source(values)
                store.merge([source], _at(number))
                continue
            fields = {f: VALUES[f][i % len(VALUES[f])] for f, i in values.items()}
            [stored] = store.events()
            log.add(set_edit(stored, fields, at=_at(number), by="bob", note=f"step {number}"))
            edited.update(fields)
        [published], _ = apply_edits(store.events(), log.edits())
        [stored] = store.events()
        for field in VALUES:
            assert _text(published, field) == edited.get(field, _text(source, field)), field
        assert published.sequence == stored.sequence + sum(1 for step, _ in steps if step == "edit")
    finally:
        store.close()


def test_the_edit_log_on_each_database(store_url: str) -> None:
    """Edits kept, read back in order with every detail, and applied on SQLite and on PostgreSQL."""
    store = Store(store_url)
    try:
        store.merge([SOURCE], NOW)
        log = EditLog(store)
        assert log.version() == "0/0"
        first = log.add(_set(SOURCE, start="2023-11-20T10:00", note="moved, said the office"))
        log.add(_plain(SOURCE, HIDE, 20, note="not public"))
        log.add(Edit("presscal-dddddddddddddddddddddddd", MERGE, _at(30), "carol", "same", target=SOURCE.uid))
        edits = log.edits()
        assert [e.action for e in edits] == ["set", "hide", "merge"]
        assert edits[0] == first
        assert edits[0].values == first.values
        assert edits[0].was == first.was
        assert edits[0].by == "alice"
        assert edits[0].at == _at(10)
        assert edits[2].target == SOURCE.uid
        assert [e.action for e in log.edits(SOURCE.uid)] == ["set", "hide"]
        assert log.version() == f"{edits[-1].number}/3"
        item = log.event(SOURCE.uid)
        assert item is not None
        assert item.hidden
        assert _wall(item.event) == "10:00 CET"
        # A refresh that changes the release: still hidden, still at the editor's time.
        store.merge([_event(9, 30)], NOW + dt.timedelta(hours=1))
        assert apply_edits(store.events(), log.edits())[0] == []
        assert sorted(f.field for f in log.event(SOURCE.uid).flags) == ["end", "start"]  # type: ignore[union-attr]
    finally:
        store.close()
