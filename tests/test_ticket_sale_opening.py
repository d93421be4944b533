"""The day a sale of tickets opens ("Free tickets are released from 1st July", "Tickets will be released from Monday
3 March 2025") is a window's first day, as "Applications are open from" is: nobody gathers (world-fiftyseventh 5: a
festival's programme launch published the release of its opening concert's free tickets as a day). The event the
tickets are for stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Programme announced

Source: {org}

{body}
"""


def _days(org: str, body: str) -> list[str]:
    events = extract(ITEM.format(org=org, body=body), source="x", reference=dt.date(2025, 1, 1)).events
    return [e.start.strftime("%Y-%m-%d") for e in events]


@pytest.mark.parametrize(("org", "body", "kept"), [
    ("Edinburgh Book Festival", "Free tickets are released from 1st July.\n\nThe festival runs from 9 to 25 August "
     "2025 in Charlotte Square.", "2025-08-09"),
    ("Sydney Opera House", "The gala is on 20 May 2025.\n\nTickets will be released from Monday 3 March 2025.",
     "2025-05-20"),
    ("Bergen International Festival", "The opening concert is on 21 May 2025 in Grieghallen.\n\nStanding tickets "
     "are released to the public from 14 April 2025.", "2025-05-21"),
], ids=["released-from", "will-be-released", "released-to-the-public"])
def test_the_first_day_of_a_ticket_sale_is_no_event(org: str, body: str, kept: str) -> None:
    assert _days(org, body) == [kept]
