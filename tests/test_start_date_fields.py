"""An event page's fields as its template prints them: "Start Date:" and "Event Date:" name the day as "Date:" does,
a clock printed to the second ("2027-03-12 09:00:00") under such a field is the event's, and the "Location:" line
beside a day field says where the event is, not what it is. Left after last session's review ("Start Date:
2013-03-12 09:00:00" unread on a page of p25's kind). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions
from parsers.secondsfields import seconds_fields

ITEM = """{title}

Source: {org}

{fields}

{body}
"""


def _events(title: str, org: str, fields: str, body: str) -> list[tuple[str, str, str]]:
    text = ITEM.format(title=title, org=org, fields=fields, body=body)
    found = extract(text, source="x", reference=dt.date(2027, 1, 15)).events
    return [(e.start.isoformat(), e.summary, e.location) for e in found]


@pytest.mark.parametrize(("fields", "expected"), [
    ("Start Date: 2027-03-12 09:00:00\nEnd Date: 2027-03-12 16:00:00\nLocation: Hall B, Harrisburg, Pennsylvania",
     "2027-03-12T09:00:00-05:00"),
    ("Start Date: 2027-03-12 09:00\nLocation: Hall B, Harrisburg, Pennsylvania", "2027-03-12T09:00:00-05:00"),
    ("Event Date: Friday, March 12, 2027 9:00 AM\nLocation: Hall B, Harrisburg, Pennsylvania",
     "2027-03-12T09:00:00-05:00"),
    ("Date: 2027-03-12 09:00:00\nLocation: Hall B, Harrisburg, Pennsylvania", "2027-03-12T09:00:00-05:00"),
], ids=["start-date-to-the-second", "start-date", "event-date", "date-to-the-second"])
def test_the_start_field_gives_the_events_day_and_clock(fields: str, expected: str) -> None:
    found = _events("Workshop on water sampling", "River Basin Authority", fields,
                    "Engineers and planners are invited to a day on sampling methods.")
    assert [start for start, _, _ in found] == [expected]
    assert "Workshop on water sampling" in found[0][1]


@pytest.mark.parametrize("fields", [
    "Start Date: 14 April 2027\nVenue: Civic Centre, Gisborne",
    "Date: 14 April 2027\nVenue: Civic Centre, Gisborne",
], ids=["start-date", "date"])
def test_the_venue_beside_a_day_field_is_where_not_what(fields: str) -> None:
    found = _events("Seminar on coastal erosion", "Gisborne District Council", fields,
                    "Residents can hear the findings of the survey and ask the scientists questions.")
    assert found == [("2027-04-14", "Conference: Seminar on coastal erosion", "Civic Centre, Gisborne")]


def test_a_clock_to_the_second_outside_a_when_field_is_no_time() -> None:
    # A stamp ("Posted: ... 09:12:45"), a template's empty time and a recording's length stay unread.
    for line in ("Posted: 2019-03-04 09:12:45", "Date: 30/01/2013 00:00:00", "Duration: 01:30:00",
                 "The video runs 01:30:00 in all."):
        assert seconds_fields(line) == [], line


def test_the_field_to_the_second_reads_the_twelve_hour_clock_and_its_zone() -> None:
    [day, clock] = find_mentions("Start: 2027-03-12 4:30:00 PM EST")
    assert (day.kind, clock.time, clock.zone) == ("day", dt.time(16, 30), "EST")


@pytest.mark.parametrize("fields", [
    "Start Date: 2027-03-12 09:00:00\nEnd Date: 2027-03-13 17:00:00\nLocation: Royal Armouries, Leeds",
    "Start: 12 March 2027 09:00\nEnd: 13 March 2027 17:00\nLocation: Royal Armouries, Leeds",
], ids=["to-the-second", "minutes"])
def test_an_end_field_days_later_is_no_event_of_its_own(fields: str) -> None:
    # (review) the end a day later was published as "Event: End Date"; it is the event's end, told where it was read.
    found = extract(ITEM.format(title="Heritage weekend", org="Leeds Museums", fields=fields,
                                body="Two days of talks and tours."), source="x", reference=dt.date(2027, 1, 15)).events
    assert [(e.start.isoformat(), e.summary) for e in found] == [("2027-03-12T09:00:00+00:00", "Heritage weekend")]
    assert "2027-03-13 17:00" in found[0].as_published or "13 March 2027 17:00" in found[0].as_published
