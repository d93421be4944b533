"""An Australian address, a town with its state and a postcode ("Parramatta NSW 2150", "Brindlewood, Victoria
3999", "Geelong VIC 3220"), puts the event on that state's clock: "Victoria" with a postcode is the state, not the
Canadian city. Each text is our own words (the towns made up where the gazetteer must not know them)."""

from __future__ import annotations

import pytest

from parsers import extract
from parsers.places import find_places

from .conftest import REFERENCE

VISIT = """Minister to visit the region

Source: A state department of community services

Published: 3 March 2027

The minister will open the new community centre on Friday 12 March 2027 at 10:30am at {address}.
"""


@pytest.mark.parametrize(("address", "zone", "location", "why"), [
    ("12 Wattle Street, Brindlewood, Victoria 3999", "Australia/Melbourne", "Brindlewood, Victoria",
     "the state's full name with a postcode, after an unknown town"),
    ("5 Station Lane, Parramatta NSW 2150", "Australia/Sydney", "Parramatta, New South Wales",
     "the abbreviation with no comma before it"),
    ("the Memorial Hall, Kilmore Flats QLD 4999", "Australia/Brisbane", "Kilmore Flats, Queensland",
     "a town of two words"),
    ("the depot, 40 Quarry Road, GEELONG VIC 3220", "Australia/Melbourne", "Geelong",
     "the town in capitals, as Australia Post prints it"),
    ("the town hall, Victoria", "America/Vancouver", "Victoria, Canada", "no postcode: the city of British Columbia"),
])  # fmt: skip
def test_a_town_with_its_state_and_postcode(address: str, zone: str, location: str, why: str) -> None:
    events = extract(VISIT.format(address=address), source="addresses", reference=REFERENCE).events
    assert [(str(e.start.tzinfo), location in e.location) for e in events] == [(zone, True)], why


@pytest.mark.parametrize(("text", "names"), [
    ("Parramatta NSW 2150", [("Parramatta", "Australia/Sydney"), ("New South Wales", "Australia/Sydney")]),
    ("Ballarat, Victoria 3350", [("Ballarat", "Australia/Melbourne"), ("Victoria", "Australia/Melbourne")]),
    # a postcode whose first digit is not the state's is some other number
    ("Room NSW 3150", []),
])  # fmt: skip
def test_the_postcode_must_fit_the_state(text: str, names: list[tuple[str, str]]) -> None:
    assert [(m.place.name, m.place.zone) for m in find_places(text)] == names
