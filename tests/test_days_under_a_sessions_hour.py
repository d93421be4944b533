"""A sentence giving the hours of every session ("Each session runs from 6:30 p.m. to 8:30 p.m."), then the sessions'
days: day lines with their venue on the short lines under them, in a paragraph each, rows of a table pasted a row
a line that give a day and then only a venue ("6 November 2018 Feilding Civic Centre"), or rows of a town, a day and a
venue set apart by dashes. Each day is a session at
that hour (world-thirtyfirst 2 and 6: read as one event on the stamp's day, and as days). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

HEADINGS = """Bus depot plans: drop-in evenings

Source: Valley Transit

Published: 3 February 2026

{lead}

Tuesday, February 10th
Lecture Room, Valley Museum
12 Mill Road
Springfield

Thursday, February 12th
Main Hall, Northside Library
4 Elm Street
Springfield

Questions about the plans can be sent to our office.
"""

ROWS = """Bypass project: information sessions

Source: Roads Board

Published: 3 February 2026

{lead}

DateVenue
10 February 2026 Springfield Civic Centre
12 February 2026 Northside Community Hall
17 February 2026 Riverbank Sports Centre

Feedback can also be given online.
"""

# (item, lead-in, local starts of the timed events, why)
CASES = [
    (HEADINGS, "Each evening runs from 6:30 p.m. to 8:30 p.m. Dates and places:",
     ["2026-02-10 18:30", "2026-02-12 18:30"], "day lines with their venue lines under them, a paragraph each"),
    (HEADINGS, "Our team will be there from 5pm to 7pm at each of these:",
     ["2026-02-10 17:00", "2026-02-12 17:00"], "the same under a lead-in ending with a colon"),
    (ROWS, "Every session runs from 4pm to 7.30pm:",
     ["2026-02-10 16:00", "2026-02-12 16:00", "2026-02-17 16:00"], "rows of a day and a venue, no separator"),
    (ROWS, "The sessions are listed below.",
     [], "a lead-in with no hour times no row"),
    (HEADINGS, "Drop in any time between 4pm and 7pm at one of these community events.",
     ["2026-02-10 16:00", "2026-02-12 16:00"], "a sentence of no kind that points ahead ('these')"),
    (HEADINGS, "All open houses run from 6 to 8 p.m. at the following locations",
     ["2026-02-10 18:00", "2026-02-12 18:00"], "a lead-in line with no colon, in a paragraph of its own"),
    (ROWS, "Times for all sessions: 10am to 12 noon",
     ["2026-02-10 10:00", "2026-02-12 10:00", "2026-02-17 10:00"], "a label of the hours"),
]


@pytest.mark.parametrize(("item", "lead", "expected", "why"), CASES)
def test_each_day_is_a_session_at_the_stated_hour(item: str, lead: str, expected: list[str], why: str) -> None:
    events = extract(item.format(lead=lead), source="sessions", reference=REFERENCE,
                     default_zone="America/Chicago").events
    timed = sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in events if isinstance(e.start, dt.datetime))
    assert timed == expected, why
    if expected:
        assert not [e for e in events if not isinstance(e.start, dt.datetime)], "no day-long twin of a session"


def test_a_row_gives_its_venue_as_the_location() -> None:
    events = extract(ROWS.format(lead="Every session runs from 4pm to 7.30pm:"), source="sessions",
                     reference=REFERENCE, default_zone="America/Chicago").events
    assert sorted(e.location for e in events) == [
        "Northside Community Hall", "Riverbank Sports Centre", "Springfield Civic Centre"]


def test_a_row_of_a_day_and_words_that_are_no_venue_is_no_session() -> None:
    item = ROWS.format(lead="Every session runs from 4pm to 7.30pm:").replace(
        "17 February 2026 Riverbank Sports Centre", "17 February 2026 results of the survey published")
    events = extract(item, source="sessions", reference=REFERENCE, default_zone="America/Chicago").events
    assert dt.date(2026, 2, 17) not in {e.start.date() for e in events if isinstance(e.start, dt.datetime)}


def test_rows_of_a_town_a_day_and_a_venue_set_apart_by_dashes() -> None:
    """"Dewsbury – Tuesday 8 August – Dewsbury Library": a short first cell before the row's day."""
    item = ("Drop-in sessions on the line upgrade\n\nSource: Rail Upgrade Team\n\nPublished: 3 February 2026\n\n"
            "Drop-in sessions for neighbours of the line take place between 5pm and 7pm on the following days:\n\n"
            "  • Eastby – Tuesday 10 February – Eastby Library, Market Place\n"
            "  • Westby – Thursday 12 February – Westby Community Centre\n")
    events = extract(item, source="sessions", reference=REFERENCE, default_zone="Europe/London").events
    assert sorted((f"{e.start:%Y-%m-%d %H:%M}", e.location) for e in events) == [
        ("2026-02-10 17:00", "Eastby Library, Market Place"), ("2026-02-12 17:00", "Westby Community Centre")]


def test_a_sentence_that_does_not_lead_into_the_list_times_no_day() -> None:
    item = HEADINGS.format(lead="The museum shop is open from 10am to 5pm.")
    events = extract(item, source="sessions", reference=REFERENCE, default_zone="America/Chicago").events
    assert not [e for e in events if isinstance(e.start, dt.datetime) and e.start.day in (10, 12)]
