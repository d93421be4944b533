"""A noun with "held on DAY" after it ("the results of the vote held on Sunday") names a thing done that day, no event
to come; "to be held on" and "will be held on" still date one."""

from __future__ import annotations

from tests.test_notevents import events_of, when


def test_a_vote_held_on_a_weekday_is_no_event() -> None:
    body = ("Brussels, 14 April 2026\n\nThe Union notes the first results of the local elections held on Sunday, "
            "with a high turnout.\n")
    assert when(events_of(body, title="Statement on the local elections")) == []


def test_to_be_held_and_will_be_held_still_date_an_event() -> None:
    body = ("Brussels, 14 April 2026\n\nThe hearing to be held on Monday 20 April opens at 10:00. The review will be "
            "held on Wednesday 22 April.\n")
    assert when(events_of(body, title="Notice")) == ["2026-04-20 08:00", "2026-04-22"]


def test_held_in_a_sentence_of_what_is_to_come_still_dates_it() -> None:
    # (found by review) a future verb in the sentence, or "also held", keeps the day an event's
    body = ("Brussels, 14 April 2026\n\nHearings held on Tuesday 21 April will be open to the public from 10:00.\n\n"
            "The second hearing, also held in Ghent on Thursday 23 April, starts at 14:00.\n")
    assert when(events_of(body, title="Notice")) == ["2026-04-21 08:00", "2026-04-23 12:00"]
