""""Tomorrow" after a name in capitals ("begins at the TSC tomorrow.") and "Tomorrow" opening a story after its
dateline's dash ("DHAKA, Jan 9 (BSS) - Tomorrow the university starts ...") are the day after the item's; the time
the next sentence gives is that day's (world-thirtyfifth 8: the countdown was read on the dateline's day). Not "the
leaders of tomorrow", nor "Tomorrow's leaders" after a dash. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Countdown at the university

Source: National News Agency

{body}
"""

# (body, expected start, why)
CASES = [
    ("DHAKA, Jan 9, 2031 (BSS) - Tomorrow the university starts its countdown to the centenary at the TSC.\n\n"
     "The Vice-Chancellor opens it as chief guest at around 5:15 pm.", "2031-01-10 17:15", "after the dateline's dash"),
    ("DHAKA, Jan 9, 2031 (BSS) -- The countdown to the centenary will begin at the TSC tomorrow.\n\n"
     "The Vice-Chancellor will inaugurate it at 5:15 pm.", "2031-01-10 17:15", "after a name in capitals"),
    ("DHAKA, Jan 9, 2031 (BSS) - The countdown begins tomorrow at the TSC.\n\nThe ceremony starts at 10 am.",
     "2031-01-10 10:00", "as before"),
    ("DHAKA, Jan 9, 2031 (BSS) - Tomorrow, the Vice-Chancellor will be in Sylhet for the science fair. She opens it "
     "at 11 am.", "2031-01-10 11:00", "where a third party will be, a town"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_tomorrow_after_a_dateline(body: str, expected: str, why: str) -> None:
    events = extract(ITEM.format(body=body), source="agency", reference=dt.date(2031, 1, 9),
                     default_zone="UTC").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day] == [expected], why


@pytest.mark.parametrize("text", [
    "The forum hears the leaders of tomorrow at the TSC.",
    "TSC (BSS) - Tomorrow's leaders gather.",
])
def test_tomorrow_that_is_no_day(text: str) -> None:
    assert not any(m.text.lower().startswith("tomorrow") for m in find_mentions(text, "mdy"))
