"""One announcement read once: a day-long mention beside the day's one time, and relative days after a time."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract

REFERENCE = dt.date(2031, 3, 2)


def _events(body: str, title: str = "Notice") -> list[Event]:
    return extract(f"{title}\n\nSource: Press office\n\n{body}\n", source="t", reference=REFERENCE,
                   default_zone="Europe/Lisbon").events


def _when(events: list[Event]) -> list[str]:
    return [f"{e.start}" if e.all_day else e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")  # type: ignore[union-attr]
            for e in events]


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Harbour board to hold a news conference on the ferry strike (March 4, 2031)\n\n"
     "The harbour board will take questions from the press on the strike.\n\nDate\nMarch 4, 2031\n\n"
     "Time\n3:00 PM\n\nPlace\nHarbour House, Room 4",
     ["2031-03-04 15:00"], "a dated title over a list that gives the time"),
    ("Published March 3, 2031\n\nBig crowds expected at the mayor's press conference tomorrow, March 4. The town clerk "
     "runs the show.\n\nSeats go to forty reporters.\n\nThis is her first in a year. It is expected to begin "
     "at 11:30 am tomorrow.",
     ["2031-03-04 11:30"], "'tomorrow' said twice, once with the time, in a sentence that points back"),
])
def test_a_day_long_mention_and_the_days_one_time_are_one_event(body: str, expected: list[str], why: str) -> None:
    events = _events(body)
    assert _when(events) == expected, why
    assert events[0].kind == "press conference", why  # the kind of the mention that names one


def test_a_part_of_the_day_that_names_itself_stays_its_own_event() -> None:
    body = ("The day before (Monday, 3 March 2031), the House and the Senate will both sit to handle "
            "Government Business. Question Time will be held at 2pm.")
    assert _when(_events(body)) == ["2031-03-03", "2031-03-03 14:00"]


def test_a_relative_day_after_two_times_dates_both_clauses_of_the_visit() -> None:
    body = ("Published 2 March 2031\n\nThe programme for the minister's one-day visit to Braga tomorrow "
            "(March 3) is out.\n\nShe leaves Lisbon at 9.10am and lands at the airport of Braga at 10.20 am "
            "tomorrow.")
    assert _when(_events(body)) == ["2031-03-03 09:10", "2031-03-03 10:20"]


def _saved_page(lines: str, published: str = "2031-03-05") -> list[Event]:
    """A saved page as the survey reads it: its address on the first line, its headline on the next."""
    return extract(f"https://example.org/harbour/notice (published {published})\n{lines}\n", source="t",
                   reference=REFERENCE, default_zone="Europe/Lisbon").events


@pytest.mark.parametrize(("lines", "expected", "why"), [
    ("Harbour council postpones its sitting to March 11\nMarch 2, 2031\n\n"
     "Councillors are now expected to meet on Tuesday, 11th March 2031 for the spring session.",
     ["2031-03-11"], "the headline's day and the text's meeting"),
    ("Ministers of Ports, Fisheries to present their reports on Friday\n\nBy a staff writer\n\n"
     "The ministry hereby announces the start of the 2031 series of ministerial press briefings. The event is "
     "to take place on Friday, 7th March 2031 at the press centre.",
     ["2031-03-07"], "a headline naming no kind over the text's briefing"),
])
def test_a_headlines_day_is_the_day_of_the_event_below_it(lines: str, expected: list[str], why: str) -> None:
    events = _saved_page(lines)
    assert _when(events) == expected, why
    assert events[0].kind != "event", why


def test_a_headline_over_two_events_of_its_day_is_no_third() -> None:
    lines = ("Fair and forum open in the harbour on March 9\n\n"
             "The spring fair opens on Sunday, 9 March 2031 on the quay. The ports forum meets on Sunday, "
             "9 March 2031 in the customs house.")
    events = _saved_page(lines)
    assert len(events) == 2
    assert any("Fair and forum open" in e.sentence for e in events)  # every source sentence is kept


def test_a_headline_dated_only_by_the_lead_sentence_is_that_sentences_event() -> None:
    # The arrivals the lead sentence tells and the exhibition are two things of one day: no headline joins them.
    lines = ("HARBOUR DELEGATES KEEP ARRIVING\nPorto, Sunday 9 March 2031 – Delegates of the ports summit kept "
             "arriving in Porto today.\n\nThe list of arrivals is long and the hotels are full.\n\n"
             "The ports summit will open its exhibition of ships to the public today at the customs house.")
    assert len(_saved_page(lines, "2031-03-09")) == 2


def test_a_headline_of_one_kind_does_not_join_another_kinds_event() -> None:
    lines = ("HARBOUR BOARD: Session Wednesday | Moved to March 19\nNo harbour board meeting Wednesday, March 12\n\n"
             "The county has extended the harbour curfew that runs from 9 p.m. today, March 12, 2031, through "
             "5 a.m. on Thursday.")
    assert not any(e.kind == "meeting" and not e.all_day for e in _saved_page(lines, "2031-03-12"))
