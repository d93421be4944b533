"""A sentence that gives every fixture of a series its one kick-off time ("The two Bledisloe Cup Tests ... will kick
off at 4pm", "The three pool matches kick off at 7pm") names no day's event: before, its time was put on the item's date
(world-twentyeighth 8). Ticket sales for the series ("are to go on sale in the week of Monday, 5 October") are no
entry of it and do not take its time. Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Kick-off times confirmed

Source: A national rugby union

Published: 10 September 2031

{rule}

Tickets for the second Test go on sale on Monday, 15 September.

The first Test is at Harbour Park on Saturday, 4 October.
"""


@pytest.mark.parametrize(("rule", "why"), [
    ("The two home Tests against the visitors will kick off at 4pm, half an hour later than planned.",
     "'the two ... Tests will kick off at'"),
    ("The three pool matches at the park kick off at 4pm.", "'the three ... matches kick off at'"),
])
def test_a_series_kick_off_time_is_no_event(rule: str, why: str) -> None:
    found = listed(ITEM.format(rule=rule))
    assert not any(day.startswith("2031-09-10") for day in found), why  # nothing on the day of the item
    assert "2031-09-15" in found, why  # the ticket sale keeps no kick-off time of the Tests'
