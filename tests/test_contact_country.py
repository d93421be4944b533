"""An item that names no place keeps its times on the clock of the country its contacts are in: the web and mail
addresses it gives ("press@harbourboard.ie", "www.borough.gov.uk") and its telephone numbers' country codes
("+44 20 ..."). Before, such times went to the calendar's zone (Brussels, an hour off London and Dublin). Cues of
several countries, a code of many clocks ("+1") or a ".com" say nothing. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.contactcountry import contact_country

ITEM = """Notice of meeting

Source: Harbour Board

The board meets on Tuesday 20 January 2026 at 10am in the boardroom.

{contact}
"""

# (contact line, the zone of the meeting, why)
CONTACTS = [
    ("Media contact: Jane Roe, +44 20 7946 0000, press@example.org", "Europe/London", "a telephone's country code"),
    ("Contact: press@harbourboard.ie", "Europe/Dublin", "a mail address's country domain"),
    ("Minutes are posted at www.harbourboard.gov.uk", "Europe/London", "a web address's"),
    ("Enquiries: (+254) 20 555 0100", "Africa/Nairobi", "a code in brackets"),
    ("Enquiries: +1 305 555 0100", "Europe/Brussels", "'+1' serves many clocks, and 305's Florida two"),
    ("Enquiries: +1 212 555 0100", "America/New_York", "but 212 is one state's code of one clock (areacodes.py)"),
    ("Enquiries: +1 613 555 0100", "America/Toronto", "but 613 is one province's code (areacodes.py)"),
    ("Contact: +44 20 7946 0000 or +353 1 555 0000", "Europe/Brussels", "two countries: none"),
    ("Contact: press@harbourboard.com", "Europe/Brussels", "a '.com' names no country"),
]


@pytest.mark.parametrize(("contact", "zone", "why"), CONTACTS)
def test_the_contacts_country_sets_the_clock_of_an_unplaced_item(contact: str, zone: str, why: str) -> None:
    [event] = extract(ITEM.format(contact=contact), source="contact", reference=dt.date(2026, 1, 12),
                      default_zone="Europe/Brussels").events
    assert event.timezone == zone, why
    assert isinstance(event.start, dt.datetime), why
    assert event.start.hour == 10, why


@pytest.mark.parametrize(("text", "why"), [
    ("Shares rose +5% on the day; the index closed +12.3.", "signed figures are no telephone numbers"),
    ("Write to press@ministry.io or call +7 495 555 0100.", "a brand's domain, a code of many clocks"),
])
def test_no_country_from_other_figures(text: str, why: str) -> None:
    assert contact_country(text) is None, why


def test_a_place_named_comes_first() -> None:
    item = ITEM.format(contact="Contact: +44 20 7946 0000").replace("in the boardroom", "in Geneva")
    [event] = extract(item, source="contact", reference=dt.date(2026, 1, 12)).events
    assert event.timezone == "Europe/Zurich"
