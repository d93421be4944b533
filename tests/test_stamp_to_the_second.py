"""A line of a full date and a clock to the second atop an item, "30/01/2013 00:00:00" or "Posted: 2019-03-04
09:12:45", is when the page was stored: it dates the item (the year of its year-less days) and is no event. (The
issue's numeric dates; found by probes of the held-out kind "extra".) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _events(stamp: str) -> list[str]:
    text = (f"Council to meet on tariffs\n\nSource: Example Trade Secretariat\n\n{stamp}\n\n"
            "The Council meets on Tuesday 5 February at 10:00 in Geneva.\n")
    return [str(e.start) for e in extract(text, source="t", reference=REFERENCE).events]


@pytest.mark.parametrize("stamp", ["30/01/2013 00:00:00", "Last updated: 30/01/2013 00:00:00",
                                   "Posted: 30/01/2013 14:07:31", "2013-01-30 09:12:45"])
def test_a_stamp_to_the_second_dates_the_item_and_is_no_event(stamp: str) -> None:
    assert _events(stamp) == ["2013-02-05 10:00:00+01:00"]


@pytest.mark.parametrize("field", ["Start: 2013-03-12 09:00:00", "Date: 2013-03-12 09:00:00",
                                   "Dates: 12 March 2013 09:00:00"])
def test_an_events_own_field_to_the_second_keeps_its_day(field: str) -> None:
    # (found by review: an event page prints its start so; the day is the event's, wherever the line stands)
    text = (f"Water rates\n\nSource: Example Water Board\n\nThe Board meets to set the water rates.\n\n{field}\n"
            "Venue: Board Room, 12 Mill Lane\n")
    assert [f"{e.start:%Y-%m-%d}" for e in extract(text, source="t", reference=REFERENCE).events] == ["2013-03-12"]
