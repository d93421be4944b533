"""An `Event` answers its own first day, last day and whether it is timed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import pytz

from model import Event

BRUSSELS = pytz.timezone("Europe/Brussels")
TOKYO = pytz.timezone("Asia/Tokyo")
CHANGED = dt.datetime(2023, 11, 1, tzinfo=dt.UTC)


def _at(zone: pytz.BaseTzInfo, wall: str) -> dt.datetime:
    return zone.localize(dt.datetime.fromisoformat(wall), is_dst=None)


def _event(start: dt.date, end: dt.date, timezone: str = "") -> Event:
    return Event(uid="u@test", summary="s", kind="meeting", start=start, end=end, timezone=timezone, location="",
                 sentence="", article_title="", source="test", as_published="", changed=CHANGED)


# (start, end, zone, first day, last day, timed, why)
DAYS = [
    (dt.date(2023, 11, 20), dt.date(2023, 11, 21), "", dt.date(2023, 11, 20), dt.date(2023, 11, 20), False,
     "one all-day event: the end is exclusive"),
    (dt.date(2023, 11, 19), dt.date(2023, 11, 23), "", dt.date(2023, 11, 19), dt.date(2023, 11, 22), False,
     "a visit from 19 to 22 November"),
    (_at(BRUSSELS, "2023-11-20T09:15"), _at(BRUSSELS, "2023-11-20T10:15"),
     "Europe/Brussels", dt.date(2023, 11, 20), dt.date(2023, 11, 20), True, "a press conference"),
    (_at(TOKYO, "2023-11-21T08:00"), _at(TOKYO, "2023-11-21T09:00"),
     "Asia/Tokyo", dt.date(2023, 11, 21), dt.date(2023, 11, 21), True,
     "the day in the zone its times were stated in, not the UTC day (20 November)"),
    (_at(BRUSSELS, "2023-11-20T22:00"), _at(BRUSSELS, "2023-11-21T01:00"),
     "Europe/Brussels", dt.date(2023, 11, 20), dt.date(2023, 11, 21), True, "a night spanning two days"),
]


@pytest.mark.parametrize(("start", "end", "zone", "first", "last", "timed", "why"), DAYS)
def test_an_event_knows_its_days(start: dt.date, end: dt.date, zone: str, first: dt.date, last: dt.date,
                                 timed: bool, why: str) -> None:
    event = _event(start, end, zone)
    assert (event.first_day, event.last_day) == (first, last), why
    assert event.is_timed is timed, why
    assert event.all_day is not timed


def test_the_days_follow_a_change_of_times() -> None:
    event = _event(dt.date(2023, 11, 20), dt.date(2023, 11, 21))
    moved = dataclasses.replace(event, start=dt.date(2023, 11, 27), end=dt.date(2023, 11, 29))
    assert (moved.first_day, moved.last_day) == (dt.date(2023, 11, 27), dt.date(2023, 11, 28))


def test_the_uids_made_by_the_parsers_and_the_editors_match_the_one_uid_pattern() -> None:
    from editorial import added_uid
    from model import UID_RE
    from parsers import extract

    text = "Title: Visit\n\nThe Minister will visit Oslo on 21 November 2023 at 10:00.\n"
    made = [e.uid for e in extract(text, source="test", reference=dt.date(2023, 11, 1)).events]
    made.append(added_uid("A visit", "2023-11-21", CHANGED))
    assert len(made) == 2, made  # the parsers found the visit
    assert all(UID_RE.fullmatch(uid) for uid in made), made
    assert not UID_RE.fullmatch(made[0] + "\n")  # nothing after it: UIDs name files
