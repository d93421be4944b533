"""The clock of an event whose day is read: the guests' arrival before the event's own start, the half of the
day told in words, a practicality in the clause beside the event's time, and a time of another day's clause."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """{title}

Source: Fenwick Kite Society

{body}
"""


def _timed(body: str) -> list[str]:
    events = extract(ITEM.format(title="Kite festival", body=body), source="clocks", reference=REFERENCE).events
    return sorted(e.start.strftime("%m-%d %H:%M") if not e.all_day else e.start.strftime("%m-%d") for e in events)


@pytest.mark.parametrize(("later", "want"), [
    ("Doors open at 5 pm, the auction starts at 6 pm.", "18:00"),
    ("Arrival from 16:30, kite parade at 17:00.", "17:00"),
    ("Registration at 9:00, opening words at 9.30.", "09:30"),
])
def test_the_event_starts_after_the_guests_arrive(later: str, want: str) -> None:
    days = _timed(f"The society flies its winter kites on 14 March 2026 in Galway. {later}")
    assert days == [f"03-14 {want}"]


@pytest.mark.parametrize(("said", "want"), [
    ("at 11 in the morning", "11:00"), ("at 7.45 in the evening", "19:45"), ("from 2 in the afternoon", "14:00"),
])
def test_the_half_of_the_day_in_words_sets_the_clock(said: str, want: str) -> None:
    assert _timed(f"The kite parade crosses the beach at Galway on 14 March 2026 {said}.") == [f"03-14 {want}"]


@pytest.mark.parametrize("body", [
    "The kite parade is in Galway on 14 March 2026. Fliers sign up by 8:30 on the day; the parade begins at 10:15.",
    "The kite parade is held in Galway on 14 March 2026. The parade begins at 10:15; fliers sign up by 8:30.",
    # an "and" sets them apart too, where the clause after it starts something
    "Registration opens at 8:30 on 14 March 2026 in Galway and the kite parade begins at 10:15.",
    "Doors open at 9:45 am on 14 March 2026 in Galway and the kite parade starts at 10:15.",
])
def test_a_practicality_beside_the_time_leaves_the_event_its_own(body: str) -> None:
    assert _timed(body) == ["03-14 10:15"]


@pytest.mark.parametrize("body", [
    "Published: 2 March 2026\n\nRegistration closes on Friday, and the kite parade starts in Galway on Saturday "
    "14 March 2026.",
    "Published: 2 March 2026\n\nFliers sign up until 12 March; the kite parade opens the festival in Galway on "
    "14 March 2026.",
])
def test_a_practicality_beside_the_day_leaves_the_event_its_own(body: str) -> None:
    # ", and" or ";" before a clause that starts something on a day of its own: the event (not "accredited both
    # electronically and in person from 15-17 November", one clause)
    assert _timed(body) == ["03-14"]


def test_a_time_after_a_semicolon_and_another_day_is_that_days() -> None:
    body = "The new kite hall opens on 14 March 2026 in Galway; its first contest follows on 15 March at 13:00."
    assert _timed(body) == ["03-14", "03-15 13:00"]


def test_a_deadline_after_the_semicolon_stays_a_practicality() -> None:
    body = ("The kite parade is held in Galway on 14 March 2026 at 10:15. Fliers must be registered online; "
            "the list closes at midnight on Thursday 12 March 2026.")
    assert _timed(body) == ["03-14 10:15"]


@pytest.mark.parametrize(("body", "said"), [
    ("A lantern walk is planned for 9 December 2026 in Brussels. It begins at dusk and ends at 8 pm.",
     ["2026-12-09"]),  # no start said: a day, not an event at 8 pm
    ("The open day on 9 December 2026 finishes at 4 pm.", ["2026-12-09"]),
    ("The open day on 9 December 2026 starts at 10 am and finishes at 4 pm.", ["2026-12-09 10:00"]),
    # a sitting's end, as parliaments say it: no event of its own
    ("The House meets on 9 December 2026 at 2 pm. The House rises at 10 pm.", ["2026-12-09 14:00"]),
    ("The Senate sits on 9 December 2026 at 9.30 am. It adjourns at 6 pm.", ["2026-12-09 09:30"]),
    # a start whose "am." ends its sentence: the next sentence's close is no end of its range
    ("The fair opens on 9 December 2026 at 9.30 am. It closes at 6 pm.", ["2026-12-09 09:30"]),
])
def test_the_time_an_event_ends_at_is_not_its_start(body: str, said: list[str]) -> None:
    events = extract(f"Lantern walk\n\nSource: Old Town Society\n\n{body}\n", source="test",
                     reference=dt.date(2026, 11, 1)).events
    assert [f"{e.start:%Y-%m-%d %H:%M}" if e.timezone else f"{e.start:%Y-%m-%d}" for e in events] == said
