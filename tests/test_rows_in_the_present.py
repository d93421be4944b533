"""A row or a sentence that opens with its time ("At 10.00 hrs on 3rd October, 2022, the Prime Minister will
inaugurate the new terminal") is titled in the present, as a sentence that opens otherwise is ("Prime Minister
inaugurates the new terminal"), its subject's number kept ("Delegations arrive"), the dash its time left gone.
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

CASES = [
    ("At 10.00 hrs on 3rd October, 2022, the Prime Minister will inaugurate the new terminal.",
     "Ceremony: Prime Minister inaugurates the new terminal"),
    ("3 October 2022, 10:00 – The delegations will arrive at State House.", "Event: Delegations arrive at State House"),
]


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_rows_in_the_present(line: str, expected: str) -> None:
    item = f"Programme\n\nSource: Office of the Prime Minister\n\nThe programme follows.\n\n{line}\n"
    events = extract(item, source="present", reference=dt.date(2026, 12, 3)).events
    assert [e.summary for e in events] == [expected]
