"""A stamp that gives its minute before its date ("Issued at 14:30 on 30 September 2022", "Last updated: 09:12,
3 March 2023") is when the text was published, not an event; its date still dates the item. Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

STAMPS = ["Issued at 14:30 on 30 September 2022 by the River Agency.", "Issued: 14:30, 30 September 2022",
          "Last updated 09:12, 30 September 2022", "Posted at 3:15 p.m. on Friday, 30 September 2022"]


@pytest.mark.parametrize("stamp", STAMPS)
def test_clock_first_stamp_is_no_event(stamp: str) -> None:
    item = (f"River levels\n\nSource: Probe River Agency\n\n{stamp}\n\n"
            "Levels are expected to peak overnight. A public meeting follows on 4 October at 19:00 in Selby.\n")
    events = extract(item, source="probe", reference=dt.date(2026, 12, 3)).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime)] \
        == ["2022-10-04 19:00"]


def test_a_timed_event_on_a_date_is_kept() -> None:
    item = ("Board\n\nSource: Probe River Agency\n\nThe board meets at 14:30 on 30 September 2022 in Selby.\n")
    events = extract(item, source="probe", reference=dt.date(2026, 12, 3)).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2022-09-30 14:30"]


def test_dated_opening_its_line_is_a_stamp() -> None:
    # "Dated: 03.10.2022" atop the body dates the item; it is not the words before the event's sentence.
    item = ("Ceremony\n\nSource: Probe Ministry of Defence\n\nDated: 03.10.2022\n\n"
            "The ceremony will be held at 1000 hours on 06th October 2022 at the Defence Headquarters, Colombo.\n")
    events = extract(item, source="probe", reference=dt.date(2026, 12, 3)).events
    assert [(e.start.strftime("%Y-%m-%d %H:%M"), "Dated" in e.summary) for e in events] == [("2022-10-06 10:00", False)]


def test_a_letter_dated_a_day_is_no_stamp() -> None:
    item = ("Talks\n\nSource: Probe Union\n\nPublished: 3 October 2022\n\n"
            "In a letter dated 29 September, the union asked for talks on 12 October.\n")
    events = extract(item, source="probe", reference=dt.date(2026, 12, 3)).events
    assert [e.start.isoformat() for e in events] == ["2022-10-12"]
