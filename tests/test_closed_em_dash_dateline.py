""""DENVER—The National Park Service ...": a wire dateline in capitals with the dash closed up on both sides, as the
AP writes it, names the place of the item's unlabelled times, as "DENVER — The" and "DENVER: The" already did
(world-fiftyseventh 6: a federal agency's meeting in Colorado was read on the default clock). Items in our own words,
of organisations whose names give no state."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Public meetings

Source: {org}

{body}
"""


def _starts(org: str, body: str) -> list[str]:
    events = extract(ITEM.format(org=org, body=body), source="x", reference=dt.date(2026, 1, 1)).events
    return [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day]


@pytest.mark.parametrize(("org", "body", "expected"), [
    ("Bureau of Reclamation",
     "SACRAMENTO—Staff of the bureau host a virtual town hall on summer river flows Thursday, June 4, 2026, at "
     "10 a.m.; questions may be sent in advance.",
     "2026-06-04 17:00"),  # PDT
    ("U.S. Army Corps of Engineers",
     "OMAHA—The district will hold a public workshop on the levee repairs on Tuesday, February 10, 2026, from 6 p.m. "
     "to 8 p.m. at the Papillion library.",
     "2026-02-11 00:00"),  # CST
    ("Bureau of Land Management",
     "BOISE—The field office invites comments at an open house on Wednesday, April 15, 2026, from 4 p.m. to 6 p.m.",
     "2026-04-15 22:00"),  # MDT
], ids=["pacific", "central", "mountain"])
def test_a_closed_up_dash_after_a_capitalised_town_is_a_dateline(org: str, body: str, expected: str) -> None:
    assert _starts(org, body) == [expected]


def test_a_heading_in_capitals_before_a_closed_up_dash_is_not_a_town() -> None:
    body = ("NOTICE—The workshop on the levee repairs is on Tuesday, February 10, 2026, at 6 p.m. (CET).")
    assert _starts("U.S. Army Corps of Engineers", body) == ["2026-02-10 17:00"]
