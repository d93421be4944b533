""""That day", "the same day" after a sentence that named a day but told no event of its own ("Harbor Freightways
will report its first-quarter results after the market closes on Tuesday, April 29, 2025. Management will host a
conference call at 4:30 p.m. Eastern Time that day"): the day that sentence named; before, the call was put on the
item's own day, as the results' release moved no day (an earnings advisory's usual form, met probing
world-twentyseventh's family of companies and markets). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Harbor Freightways to report first-quarter results

Source: Harbor Freightways

Published: 2 April 2025

{body}
"""

# (body, expected local starts, why)
CASES = [
    ("Harbor Freightways will report its first-quarter results after the market closes on Tuesday, April 29, 2025. "
     "Management will host a conference call and webcast at 4:30 p.m. Eastern Time that day.",
     ["2025-04-29 16:30"], "'that day': the day of the results, named in the sentence before"),
    ("Harbor Freightways will report its results after the market closes on Tuesday, April 29, 2025. "
     "Management will host a call at 5 p.m. ET on the same day.", ["2025-04-29 17:00"], "'on the same day'"),
    ("Harbor Freightways will release its results on Tuesday, April 29, 2025. A conference call follows at "
     "4:30 p.m. ET that day.", ["2025-04-29 16:30"], "as before, where the release is read as the day in context"),
    ("Management will host a conference call at 4:30 p.m. ET today.", ["2025-04-02 16:30"],
     "no day named before: 'today' is the item's day"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_that_day_after_a_release(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="results", reference=dt.date(2026, 1, 20)).events
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day) == expected, why
