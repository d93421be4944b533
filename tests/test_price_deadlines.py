"""When an offer's price runs out ("Standard prices end at 5pm Sunday 12 May 2019", "early-bird pricing ends on 3
May"), or a tariff, a contract or a licence lapses ("the tariffs now in force run out on March 31"), is a deadline, not
an event (world-twentyeighth 7, where it was an event of that Sunday). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """City fun run: key dates

Source: A running club

Published: 2 April 2031

{line}

The fun run starts at the waterfront on Sunday 25 May 2031 at 8am.
"""


@pytest.mark.parametrize(("line", "why"), [
    ("Standard prices end at 5pm Sunday 11 May 2031; a late fee applies after that.", "'prices end at'"),
    ("Early-bird pricing ends on Thursday 1 May 2031.", "'pricing ends on'"),
    ("The team discount expires on 30 April 2031.", "'discount expires on'"),
    # (world-thirtyfirst 10: "The tariffs now in force run out on March 31" was an event of that day)
    ("The tariffs now in force run out on 31 March 2031.", "a tariff running out, words between"),
    ("The operator's current licence expires on 30 April 2031.", "a licence expiring"),
    ("Our lease lapses on 1 May 2031, so the club moves.", "a lease lapsing"),
])
def test_a_price_running_out_is_no_event(line: str, why: str) -> None:
    assert listed(ITEM.format(line=line)) == ["2031-05-25 08:00"], why


def test_an_event_that_ends_stays() -> None:
    """'ends at' without a price: the end of an event, which stays what it was."""
    text = ITEM.format(line="The expo opens on Saturday 24 May 2031 at 10am and ends at 4pm.")
    assert "2031-05-24 10:00" in listed(text)
