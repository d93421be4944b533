"""A town that a state named beside it settles ("Granada, Colorado", "Paris, Texas") is that town wherever the same
text names it again, a venue called after it included ("at the Granada City Complex, 103 South Main Street, Granada,
Colorado"): not the town of the name abroad (world-fiftyseventh 6: the meeting in Granada, Colorado was read on the
clock of Granada in Spain). Items in our own words, of organisations whose names give no state."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places

ITEM = """Public meetings

Source: {org}

{body}
"""


def _starts(org: str, body: str) -> list[str]:
    events = extract(ITEM.format(org=org, body=body), source="x", reference=dt.date(2026, 1, 1)).events
    return [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day]


@pytest.mark.parametrize(("org", "body", "expected"), [
    ("Federal Highway Administration",
     "An open house on the Loop 286 bridge is held on Tuesday, March 10, 2026, from 6 p.m. to 8 p.m. at the Paris "
     "Community Center, 1000 Lamar Avenue, Paris, Texas.",
     "2026-03-10 23:00"),  # CDT
    ("Federal Transit Administration",
     "Riders can meet the planners on Thursday, April 16, 2026, at 5:30 p.m. in the Dublin Recreation Center, "
     "5600 Post Road, Dublin, Ohio.",
     "2026-04-16 21:30"),  # EDT
    ("U.S. Fish and Wildlife Service",
     "The refuge's staff will present the draft plan on Wednesday, February 4, 2026, from 6 p.m. to 8 p.m. at the "
     "Granada School Library, 201 Irving Street, Granada, Colorado.",
     "2026-02-05 01:00"),  # MST
], ids=["paris-texas", "dublin-ohio", "granada-colorado"])
def test_a_venue_named_after_the_town_is_in_the_town_its_state_settles(org: str, body: str, expected: str) -> None:
    assert _starts(org, body) == [expected]


def test_a_town_abroad_stays_abroad_when_no_state_settles_it() -> None:
    zones = [m.place.zone for m in find_places("The Paris Community Center and the Granada School Library.")]
    assert zones == ["Europe/Paris", "Europe/Madrid"]
