"""A programme that names its one town only inside a timed row ("08:30 Visit to the University Hospital of
Montreal", "8h30 : Visite du centre hospitalier de Lyon"): its unlabelled times are on that town's clock. Found by
probes of the zone misses: the town was taken for a name's end ("the President of Ghana"), so the rows fell back to
the calendar's zone. A town named elsewhere too, or towns of two clocks, leave the zone open. Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = "Minister's programme\n\nSource: Example Ministry of Health\n\nThursday 12 March 2026\n\n{rows}\n"

# (rows, the zone of every event, why)
PROGRAMMES = [
    ("08:30 Visit to the University Hospital of Montreal\n11:00 Meeting with the nursing staff\n14:15 Press point",
     "America/Toronto", "the town in the first row"),
    ("8h30 : Visite du centre hospitalier de Lyon\n11h : Rencontre avec les soignants\n14h15 : Point presse",
     "Europe/Paris", "a French programme, the town after 'de'"),
    ("09:00 Breakfast with the staff\n10:30 Opening of the new children's wing, Royal Hospital, Adelaide",
     "Australia/Adelaide", "the town closing the last row"),
]


@pytest.mark.parametrize(("rows", "zone", "why"), PROGRAMMES)
def test_the_rows_keep_the_clock_of_the_town_they_name(rows: str, zone: str, why: str) -> None:
    events = extract(ITEM.format(rows=rows), source="programme", reference=REFERENCE).events
    assert events, why
    assert {e.timezone for e in events} == {zone}, why
    assert all(isinstance(e.start, dt.datetime) for e in events), why


def test_towns_of_two_clocks_leave_the_zone_open() -> None:
    rows = "08:30 Call with the Mayor of Montreal\n11:00 Call with the Mayor of Vancouver"
    events = extract(ITEM.format(rows=rows), source="programme", reference=REFERENCE, default_zone="UTC").events
    assert {e.timezone for e in events} == {"UTC"}


def test_a_town_named_outside_the_rows_too_leaves_the_zone_open() -> None:
    rows = ("08:30 Visit to the University Hospital of Montreal\n11:00 Meeting with the nursing staff\n\n"
            "Media contact: press office, Vancouver")
    events = extract(ITEM.format(rows=rows), source="programme", reference=REFERENCE, default_zone="UTC").events
    assert {e.timezone for e in events} == {"UTC"}
