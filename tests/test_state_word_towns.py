"""After "the", a town named with a word for a state is that state: "in the Commonwealth" is Pennsylvania,
Massachusetts, Virginia or Kentucky (their governments' own word for themselves), "across the Republic" a
republic, not the barangay Commonwealth of Quezon City or the town Republic, Missouri. A US state department's
events calendar (dep.pa.gov, pages-p31) put all its 52 meetings on Manila's clock because one row spoke of
"solid waste management in the Commonwealth." Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places

from .conftest import REFERENCE

# (text, towns found, why)
ROWS = [
    ("Grants go to small farms across the Commonwealth.", [], "a state's word for itself, at a sentence's end"),
    ("The Commonwealth; the board will advise on water policy.", [], "capital 'The' opening a line"),
    ("Roads in the Republic reopen after the storm.", [], "a republic, not the town in Missouri"),
    ("The office moved to Commonwealth, Quezon City.", ["Commonwealth, Philippines", "Quezon City, Philippines"],
     "the barangay itself, named without an article in an address"),
    ("Commonwealth Secretariat", [], "a body named for the group of states, no town"),
    ("Commonwealth heads of government meet in Kigali.", ["Kigali, Rwanda"], "the group of states, opening a line"),
    ("Republic Day parade on Janpath", [], "a state's day, not the town in Missouri"),
]


@pytest.mark.parametrize(("text", "towns", "why"), ROWS)
def test_the_commonwealth_is_no_town(text: str, towns: list[str], why: str) -> None:
    assert [m.place.display for m in find_places(text) if m.place.kind == "city"] == towns, why


CALENDAR = """Calendar of Events

Source: Department of Natural Resources, Richmond, VA

Upcoming events:
9/16/2026 10:00 am : Forestry Advisory Board meeting
Description:
Quarterly meeting of the board, which advises on the care of woodlands in the Commonwealth.
Location:
Conference Room 2, 600 East Main Street, Richmond, VA 23219
10/7/2026 1:30 pm : Wildlife Grants Committee
Description:
Reviews applications from counties across the Commonwealth.
"""


def test_a_state_calendar_keeps_its_own_clock() -> None:
    """Richmond, Virginia keeps Eastern time (UTC-4 in September and October): every row stays on it."""
    events = [e for e in extract(CALENDAR, source="dnr", reference=REFERENCE).events if not e.all_day]
    assert len(events) == 2
    for event in events:
        assert isinstance(event.start, dt.datetime)
        assert event.start.utcoffset() == dt.timedelta(hours=-4), event.summary


def test_a_body_named_for_the_commonwealth_keeps_its_seats_clock() -> None:
    """The Commonwealth Secretariat sits in London: its unplaced rows are on London's clock, not Manila's."""
    text = ("Schedule for Thursday, 11 June 2031\n\nSource: Commonwealth Secretariat\n\n"
            "9:30 am  Meeting with a High Commissioner\n\n3:00 pm  Address to the Commonwealth Youth Forum\n")
    events = extract(text, source="secretariat", reference=REFERENCE).events
    assert {str(e.start.tzinfo) for e in events} == {"Europe/London"}
