"""A body's standing time ("meets monthly, on the second Monday of the month, at 5 p.m.") gives its time to the
bare days listed under it; a row with its own time, a line saying there is no meeting and a day with a note in
brackets do not end the list. A town named as its government ("City of Dayton") is a place.

Pages of our own, in the layouts meeting-schedule pages use. Each case says why.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles
from parsers.blocks import ITEM, Block
from parsers.dates import find_mentions
from parsers.listedtimes import breaks_list
from parsers.places import find_places

COUNCIL = ("The Council meets monthly, on the second Monday of the month, at 5 p.m. in the Harbor Room, unless the "
           "list below says otherwise.\n\n"
           "Members of the public may speak for three minutes on any item of the agenda.\n\n"
           "2031 Council Meetings\n\n"
           "Meeting Date   Agenda   Minutes\n"
           "January 13, 2031\n"
           "SPECIAL SESSION Wednesday, January 22, 2031 2:00 pm 12 Mill Road\n"
           "February 10, 2031\n"
           "March 10, 2031\n"
           "April 14, 2031\n\n"
           "Council Members\n\nMs. Ada Reyes\n\nCity of Dayton Appointee\n\nMr. Tom Okafor\n\n"
           "City of Dayton Appointee\n")

AUTHORITY = ("*Meetings of the Authority will be held on the 2nd Wednesday of the month at 10:15 a.m. in the "
             "terminal boardroom, unless noted below.\n"
             "2031 Meeting Dates\n"
             "January 8\n"
             "February 12\n"
             "*March – NO AUTHORITY MEETING\n"
             "*April 9 – (North Field hangar)\n"
             "May 14\n")


def _starts(title: str, body: str, zone: str = "Europe/Brussels") -> list[str]:
    article = Article(source="t", title=title, body=body, published=None)
    events = extract_articles([article], reference=dt.date(2031, 1, 2), default_zone=zone).events
    return sorted(e.start.isoformat()[:25] if isinstance(e.start, dt.datetime) else str(e.start) for e in events)


def test_bare_days_under_a_standing_time_are_meetings_at_that_time_on_the_towns_clock() -> None:
    # No state is named: "City of Dayton" alone puts the council on Eastern time (the scoring zone is Brussels).
    assert _starts("Council Meetings", COUNCIL) == [
        "2031-01-13T17:00:00-05:00", "2031-01-22T14:00:00-05:00", "2031-02-10T17:00:00-05:00",
        "2031-03-10T17:00:00-04:00", "2031-04-14T17:00:00-04:00"]


def test_a_line_with_no_meeting_is_skipped_and_a_day_with_a_note_stays_in_the_list() -> None:
    starts = _starts("Leadership", AUTHORITY, zone="America/Chicago")
    assert starts == ["2031-01-08T10:15:00-06:00", "2031-02-12T10:15:00-06:00", "2031-04-09T10:15:00-05:00",
                      "2031-05-14T10:15:00-05:00"], "March has no meeting; April 9 is one, elsewhere"


def test_days_under_a_heading_without_a_standing_time_stay_all_day() -> None:
    body = "2031 Meeting Dates\nJanuary 8\nFebruary 12\nMay 14\n"
    assert _starts("Leadership", body) == ["2031-01-08", "2031-02-12", "2031-05-14"]


def test_a_dated_line_between_the_rule_and_the_list_keeps_the_rule_from_it() -> None:
    body = ("The Authority meets on the 2nd Wednesday of the month at 10:15 a.m.\n\n"
            "The spring fair of the airfield takes place on March 3, 2031.\n\n"
            "2031 Meeting Dates\nJanuary 8\nFebruary 12\nMay 14\n")
    assert [s for s in _starts("Leadership", body) if s != "2031-03-03"] == ["2031-01-08", "2031-02-12", "2031-05-14"]


@pytest.mark.parametrize(("line", "how"), [
    ("*March – NO AUTHORITY MEETING", "skip"),
    ("*April 9 – (North Field hangar)", "note"),
    ("SPECIAL SESSION Wednesday, January 22, 2031 2:00 pm 12 Mill Road", "skip"),
    ("April 9: a tour of the hangar for new members", ""),
])
def test_how_a_line_breaks_a_list_of_days(line: str, how: str) -> None:
    assert breaks_list(Block(ITEM, line, 0), find_mentions(line)) == how


@pytest.mark.parametrize(("text", "town"), [
    ("Ms. Ada Reyes, City of Dayton Appointee", "Dayton"),
    ("Clerk, Town of Syracuse Office", "Syracuse"),
])
def test_a_town_named_as_its_government_is_a_place(text: str, town: str) -> None:
    assert [p.place.name for p in find_places(text)] == [town]
