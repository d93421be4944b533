"""The identity rules of a merge, without a database: `plan_merge` on events built here.

Each table row is one rule of merge_plan.py's docstring; the Hypothesis property merges the
same articles in any order and any split into consecutive merges, as refreshes would.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import pytz
from hypothesis import given, settings
from hypothesis import strategies as st

from merge_plan import CANCELLED_IN, MergePlan, plan_merge, standing
from model import CANCELLED, CONFIRMED, Event

BRUSSELS = pytz.timezone("Europe/Brussels")
NOW = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)
LATER = NOW + dt.timedelta(hours=1)
PARSED = dt.datetime(2023, 11, 17, tzinfo=dt.UTC)  # the parser's `changed`: the article's day


def _event(uid: str, article: str = "Media advisory", *, day: int = 20, at: str = "09:15",
           kind: str = "press conference", place: str = "", summary: str = "Press conference",
           status: str = CONFIRMED) -> Event:
    hour, minute = (int(part) for part in at.split(":"))
    start = BRUSSELS.localize(dt.datetime(2023, 11, day, hour, minute))  # noqa: DTZ001 (localize makes it aware)
    return Event(uid=uid, summary=summary, kind=kind, start=start, end=start + dt.timedelta(hours=1),
                 timezone="Europe/Brussels", location=place, sentence=f"{summary} at {at}.",
                 article_title=article, source="nato", as_published=at, changed=PARSED, status=status)


def _all_day(uid: str, article: str = "Media advisory", *, day: int = 20, kind: str = "visit",
             place: str = "", status: str = CONFIRMED) -> Event:
    start = dt.date(2023, 11, day)
    return Event(uid=uid, summary="Visit", kind=kind, start=start, end=start + dt.timedelta(days=1), timezone="",
                 location=place, sentence="A visit.", article_title=article, source="nato", as_published="20 Nov",
                 changed=PARSED, status=status)


def _stored(*events: Event) -> list[Event]:
    """`events` as a first merge stores them."""
    plan = plan_merge([], events, NOW)
    assert len(plan.added) == len(events)
    return list(plan.inserts)


def _summary(plan: MergePlan) -> tuple[list[str], list[tuple[str, int, str]], list[str], list[str]]:
    """(added UIDs, changed (UID, SEQUENCE, note), unchanged UIDs, repeated UIDs)."""
    return ([e.uid for e in plan.added], [(c.after.uid, c.after.sequence, c.after.change) for c in plan.changed],
            [e.uid for e in plan.unchanged], [e.uid for e in plan.repeated])


def test_a_new_event_is_added_with_sequence_zero_changed_now_and_no_note() -> None:
    plan = plan_merge([], [replace(_event("a"), sequence=4, change="moved")], NOW)
    assert _summary(plan) == (["a"], [], [], [])
    (added,) = plan.inserts
    assert (added.sequence, added.changed, added.change) == (0, NOW, "")
    assert plan.updates == ()


def test_the_same_input_again_changes_nothing_and_writes_nothing() -> None:
    known = _stored(_event("a"), _all_day("b"))
    plan = plan_merge(known, [_event("a"), _all_day("b")], LATER)
    assert _summary(plan) == ([], [], ["a", "b"], [])
    assert plan.inserts == plan.updates == ()


TABLE = [
    # (what, stored, incoming, expected (added, changed, unchanged, repeated))
    ("moved, same UID", [_event("a")], [_event("a", at="09:30")],
     ([], [("a", 1, "moved from 09:15 CET to 09:30 CET")], [], [])),
    ("moved to another day", [_event("a")], [_event("a", day=21)],
     ([], [("a", 1, "moved from 09:15 CET to Tue 21 Nov 2023, 09:15 CET")], [], [])),
    ("another place", [_event("a", place="Brussels")], [_event("a", place="Mons")],
     ([], [("a", 1, "place: Brussels -> Mons")], [], [])),
    ("cancelled by its own item", [_event("a")], [_event("a", status=CANCELLED)],
     ([], [("a", 1, "cancelled")], [], [])),
    ("reworded: no SEQUENCE", [_event("a")], [_event("a", summary="Joint press conference")],
     ([], [("a", 0, "")], [], [])),
    ("new UID, same article, kind and day: the old UID moved", [_event("a")], [_event("n", at="09:45")],
     ([], [("a", 1, "moved from 09:15 CET to 09:45 CET")], [], [])),
    ("new UID, same article, kind and title, another day", [_event("a")], [_event("n", day=22)],
     ([], [("a", 1, "moved from 09:15 CET to Wed 22 Nov 2023, 09:15 CET")], [], [])),
    ("new UID while the old UID is still announced: two events", [_event("a")],
     [_event("a"), _event("n", at="12:00", summary="Second press conference")], (["n"], [], ["a"], [])),
    ("new UID, other title, other day: a new event", [_event("a")], [_event("n", day=22, summary="Other")],
     (["n"], [], [], [])),
    ("another item, same kind and instant: one event, as first announced", [_event("a")],
     [_event("b", "Other item")], ([], [], [], ["b"])),
    ("another item, same instant, another kind: two events", [_event("a")],
     [_event("b", "Other item", kind="doorstep")], (["b"], [], [], [])),
    ("another item, same instant, two places: two events", [_event("a", place="Sarajevo")],
     [_event("b", "Other item", place="Pristina")], (["b"], [], [], [])),
    ("another item, same all-day days: one event, as first announced", [_all_day("a")],
     [_all_day("b", "Other item")], ([], [], [], ["b"])),
    ("another item cancels it at the same instant", [_event("a")], [_event("b", "Notice", status=CANCELLED)],
     ([], [("a", 1, "cancelled")], [], [])),
    ("another item cancels the one event of that kind that day", [_event("a")],
     [_all_day("b", "Notice", kind="press conference", status=CANCELLED)], ([], [("a", 1, "cancelled")], [], [])),
    ("a notice naming the place picks among two that day",
     [_event("a", place="Sarajevo, Bosnia and Herzegovina"), _event("c", "Other", at="11:00", place="Pristina")],
     [_all_day("b", "Notice", kind="press conference", place="Sarajevo", status=CANCELLED)],
     ([], [("a", 1, "cancelled")], [], [])),
    ("a notice that cannot tell which of two that day cancels neither and publishes nothing",
     [_event("a", place="Sarajevo"), _event("c", "Other", at="11:00", place="Pristina")],
     [_all_day("b", "Notice", kind="press conference", status=CANCELLED)], ([], [], [], [])),
    ("one release read from two sources: a notice cancels its own source's announcement",
     [_event("a", place="Sarajevo"), replace(_event("c", place="Sarajevo"), source="mirror")],
     [_all_day("b", "Notice", kind="press conference", place="Sarajevo", status=CANCELLED)],
     ([], [("a", 1, "cancelled")], [], [])),
    ("a cancellation of an event never announced publishes nothing", [],
     [_all_day("b", "Notice", kind="press conference", status=CANCELLED)], ([], [], [], [])),
    ("an item announcing its event as cancelled publishes nothing", [_event("a")],
     [_event("a"), _event("n", "Notice", day=22, status=CANCELLED)], ([], [], ["a"], [])),
]


@pytest.mark.parametrize(("stored", "incoming", "expected"), [row[1:] for row in TABLE], ids=[row[0] for row in TABLE])
def test_identity_rules(stored: list[Event], incoming: list[Event], expected: tuple[object, ...]) -> None:
    plan = plan_merge(_stored(*stored), incoming, LATER)
    assert _summary(plan) == expected
    written = {e.uid: e for e in (*plan.inserts, *plan.updates)}
    assert sorted(written) == sorted({*expected[0], *(uid for uid, _, _ in expected[1])})  # type: ignore[misc]
    assert all(e.changed == LATER for e in written.values())
    assert {e.uid for e in plan.updates} <= {e.uid for e in stored}
    assert not {e.uid for e in plan.inserts} & {e.uid for e in stored}


def test_a_new_uid_takes_the_old_uid_with_its_sequence_raised_once() -> None:
    (stored,) = _stored(_event("a"))
    plan = plan_merge([replace(stored, sequence=3, change="moved earlier")], [_event("n", at="10:00")], LATER)
    (update,) = plan.updates
    assert (update.uid, update.sequence, update.as_published) == ("a", 4, "10:00")
    assert update.change == "moved from 09:15 CET to 10:00 CET"
    assert update.previous_start == stored.start
    (change,) = plan.changed
    assert change.material
    assert change.before.sequence == 3


def test_a_rewording_keeps_the_last_change_note() -> None:
    (stored,) = _stored(_event("a"))
    plan = plan_merge([replace(stored, sequence=1, change="moved from 09:00 CET to 09:15 CET")],
                      [_event("a", summary="Reworded")], LATER)
    (change,) = plan.changed
    assert not change.material
    assert (change.after.sequence, change.after.change, change.after.summary) == (
        1, "moved from 09:00 CET to 09:15 CET", "Reworded")
    assert change.after.previous_start is None  # kept from before: this store never saw the move


def test_one_event_announced_by_two_items_in_one_merge_is_kept_once_as_first_announced() -> None:
    first = _event("a", place="Brussels")
    again = _event("b", "Other item", summary="Joint press conference")
    again = replace(again, start=again.start.astimezone(pytz.utc), end=again.end.astimezone(pytz.utc), timezone="UTC")
    plan = plan_merge([], [first, again], NOW)
    assert _summary(plan) == (["a"], [], [], ["b"])
    assert [e.summary for e in plan.inserts] == ["Press conference"]


def test_a_cancellation_notice_keeps_the_event_as_announced_and_says_where() -> None:
    known = _stored(_event("a", place="Brussels", summary="Press conference with the Minister"))
    plan = plan_merge(known, [_event("b", "Change of programme", summary="Cancelled", status=CANCELLED)], LATER)
    (cancelled,) = plan.updates
    assert (cancelled.uid, cancelled.status, cancelled.sequence, cancelled.change) == ("a", CANCELLED, 1, "cancelled")
    assert (cancelled.summary, cancelled.location) == ("Press conference with the Minister", "Brussels")
    assert cancelled.notes == (f"{CANCELLED_IN} 'Change of programme'",)
    # The notice again, and the event's own item again: the cancellation stands, nothing changes.
    again = plan_merge(plan.updates, [_event("b", "Change of programme", summary="Cancelled", status=CANCELLED),
                                      _event("a", place="Brussels", summary="Press conference with the Minister")],
                       LATER + dt.timedelta(hours=1))
    assert _summary(again) == ([], [], ["a", "a"], [])
    assert again.inserts == again.updates == ()


def test_a_notice_before_its_announcement_in_one_merge_still_cancels_it() -> None:
    notice = _event("b", "Notice", status=CANCELLED)
    plan = plan_merge([], [notice, _event("a")], NOW)
    assert _summary(plan) == (["a"], [("a", 1, "cancelled")], [], [])
    (event,) = plan.inserts  # added and cancelled in one merge: one row, inserted as it ends
    assert (event.uid, event.status, event.sequence) == ("a", CANCELLED, 1)
    assert plan.updates == ()


def test_the_last_of_two_records_with_one_uid_counts() -> None:
    plan = plan_merge([], [_event("a"), _event("a", at="10:00")], NOW)
    (event,) = plan.inserts
    assert event.as_published == "10:00"


# The property: articles announcing events (some the same event as another article's), each read
# whole, in any order and any split into consecutive merges, and then all read again together.
KINDS = ("press conference", "doorstep")
SLOTS = st.tuples(st.sampled_from(KINDS), st.integers(20, 21), st.sampled_from(["09:15", "09:30", "14:00"]),
                  st.sampled_from(["Brussels", "Mons"]))


@st.composite
def _deliveries(draw: st.DrawFn) -> tuple[list[list[Event]], dict[str, int]]:
    """Merges of whole articles, and each event's slot by UID. An event (a slot) may be announced by up to
    three articles, in their own words."""
    slots = draw(st.lists(SLOTS, min_size=1, max_size=6, unique=True))
    articles: dict[str, list[Event]] = {}
    slot_of: dict[str, int] = {}
    for number, (kind, day, at, place) in enumerate(slots):
        for article in draw(st.sets(st.sampled_from("ABCD"), min_size=1, max_size=3)):
            uid = f"{article}{number}"
            slot_of[uid] = number
            articles.setdefault(article, []).append(
                _event(uid, f"Item {article}", day=day, at=at, kind=kind, place=place,
                       summary=f"{kind.capitalize()} {number}, as item {article} says"))
    order = draw(st.permutations(sorted(articles)))
    cuts = sorted(draw(st.sets(st.integers(1, max(1, len(order) - 1)), max_size=len(order))))
    merges = [order[a:b] for a, b in zip([0, *cuts], [*cuts, len(order)], strict=True) if order[a:b]]
    return [[e for article in merge for e in articles[article]] for merge in merges], slot_of


@settings(max_examples=300, deadline=None)
@given(_deliveries())
def test_any_order_or_split_gives_the_same_uids_and_sequences(case: tuple[list[list[Event]], dict[str, int]]) -> None:
    merges, slot_of = case
    store: dict[str, Event] = {}
    for number, merge in enumerate(merges):
        plan = plan_merge(store.values(), merge, NOW + dt.timedelta(hours=number))
        store.update({e.uid: e for e in (*plan.inserts, *plan.updates)})
    # One event per slot, under the UID of the article that announced it first; wording never raises SEQUENCE.
    first: dict[int, str] = {}
    for event in (e for merge in merges for e in merge):
        first.setdefault(slot_of[event.uid], event.uid)
    assert sorted(store) == sorted(first.values())
    assert {e.sequence for e in store.values()} == {0}
    # And merging it all again, in one merge, changes nothing: the first announcement's words stand.
    again = plan_merge(store.values(), [e for merge in merges for e in merge], NOW + dt.timedelta(days=1))
    assert (again.inserts, again.updates, again.changed) == ((), (), ())


def test_an_event_of_two_items_read_again_together_stays_one_event() -> None:
    first = _event("a", "Item A")
    store = {e.uid: e for e in _stored(first)}
    for number, merge in enumerate([[_event("b", "Item B")], [_event("b", "Item B"), first]], start=1):
        plan = plan_merge(store.values(), merge, NOW + dt.timedelta(hours=number))
        store.update({e.uid: e for e in (*plan.inserts, *plan.updates)})
    assert sorted(store) == ["a"]


def test_standing_publishes_what_a_merge_into_an_empty_store_stores() -> None:
    announced, repeat = _event("a", "Item A"), _event("r", "Item R", at="09:15")
    notice = _all_day("b", "Notice", kind="press conference", status=CANCELLED)
    lone = _event("l", "Other notice", day=23, status=CANCELLED)
    kept = standing([announced, repeat, notice, lone])
    assert [(e.uid, e.status) for e in kept] == [("a", CANCELLED), ("r", CONFIRMED)]
    assert kept[0].notes == (f"{CANCELLED_IN} 'Notice'",)
    assert kept[0].changed == PARSED
    assert {e.uid for e in plan_merge([], [announced, notice, lone], NOW).inserts} == {"a"}
