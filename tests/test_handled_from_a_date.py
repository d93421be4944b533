"""The day from which an office gets to papers again ("applications that arrive later will only be handled from
January 2, 2024", "requests are processed after 5 May") is a bound on when, like a deadline, not a happening
(world-thirtyeighth 9: an embassy's holiday cut-off gave an event on the day work resumes). A day on which
something is handed over or opened stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Holiday cut-off for visas

Source: Embassy

Published: 1 December 2031

{body}
"""

# (body, expected starts, why)
CASES = [
    ("Visa forms must reach the consular section by Friday, December 12, 2031. Forms that arrive later will only be "
     "handled from January 5, 2032.", [], "handled only from a day"),
    ("Passport requests sent in the holidays are processed after January 6, 2032.", [], "processed after a day"),
    ("The new visa centre opens on January 5, 2032 at 9:00 in the embassy's annex.", ["2032-01-05 09:00"],
     "an opening stays"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_handled_from_a_date(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="en", reference=dt.date(2031, 12, 1), default_zone="UTC").events
    got = sorted(e.start.strftime("%Y-%m-%d") if e.all_day else e.start.strftime("%Y-%m-%d %H:%M") for e in events)
    assert got == expected, why
