"""A county or region whose name other places share (Cornwall in Ontario, Norfolk in Virginia, Nelson a name), written
after a town ("Truro, Cornwall", "Windsor, Berkshire", "Motueka, Tasman"), says the town's country and clock; a town
the gazetteer lacks is then of that county. A county alone, a list of counties or an unknown town alone stays as
before. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places

# (sentence, expected zone, why)
CASES = [
    ("The talk starts at 7:30 pm on Thursday 19 March 2026 at the museum in Truro, Cornwall.", "Europe/London",
     "a town the gazetteer lacks, then its county: the county's clock"),
    ("The fair opens at 10:00 on Saturday 21 March 2026 at the showground in Windsor, Berkshire.", "Europe/London",
     "a town of the name abroad (Ontario): the county says which"),
    ("The market opens at 9:00 on Saturday 21 March 2026 in Holt, Norfolk.", "Europe/London",
     "the county, not the city of Virginia of its name"),
    ("The walk starts at 10 am on Saturday 21 March 2026 in Motueka, Tasman.", "Pacific/Auckland",
     "a region of New Zealand after a town"),
    ("The talk starts at 7 pm on Thursday 19 March 2026 in Norfolk, Virginia.", "America/New_York",
     "the city of Virginia before its state: as before"),
    ("The show opens at 9:00 am on Saturday 14 March 2026 at the showground in Bathurst, New South Wales.",
     "Australia/Sydney", "a state of the region table after a town: as before"),
    ("The talk starts at 7:30 pm on Thursday 19 March 2026 at the library in Truro, N.S.", "America/Halifax",
     "a province's abbreviation after a town: as before"),
    ("The talk starts at 7:30 pm on Thursday 19 March 2026 at the museum in Truro.", "UTC",
     "an unknown town alone: the calendar's zone, as before"),
]


@pytest.mark.parametrize(("sentence", "zone", "why"), CASES)
def test_a_town_with_its_county(sentence: str, zone: str, why: str) -> None:
    text = f"Talk\n\nSource: Heritage Society\n\nPublished: 2 March 2026\n\n{sentence}\n"
    events = extract(text, source="towns", reference=dt.date(2026, 1, 20), default_zone="UTC").events
    assert [e.timezone for e in events] == [zone], why


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("in Truro, Cornwall", ["Truro, Cornwall", "Cornwall, United Kingdom"], "the town, then its county"),
    ("across Cornwall, Devon and Somerset", [], "counties listed: no town, none read"),
    ("a meeting in Norfolk", ["Norfolk, United States"], "alone: the gazetteer's reading, as before"),
])  # fmt: skip
def test_counties_read_only_after_a_town(text: str, expected: list[str], why: str) -> None:
    assert [m.place.display for m in find_places(text)] == expected, why
