"""A later clause of only its own weekday and hours ("Friday 08:00 to 16:00, Saturday 08:00 to 14:00") is the same
event again on that day; a later clause with words of its own is an event of its own as before, and a lone time
after a comma ("at 10:00, 11:00") is no day's. Each text is our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Autumn sale at the nursery

Source: Riverside Garden Society, Cape Town

Cape Town, 15 September 2031

The society holds its autumn sale at the nursery on Friday and Saturday, 10 and 11 October. {hours}
"""


def _timed(hours: str) -> list[str]:
    events = extract(ITEM.format(hours=hours), source="sittings", reference=REFERENCE).events
    return [f"{e.start:%a %d %H:%M}-{e.end:%H:%M}" for e in events if hasattr(e.start, "hour")]


@pytest.mark.parametrize(("hours", "expected", "why"), [
    ("Hours: Friday 08:00 to 16:00, Saturday 08:00 to 14:00.", ["Fri 10 08:00-16:00", "Sat 11 08:00-14:00"],
     "each weekday with its hours, after a comma"),
    ("The sale runs on Friday from 08:00 to 16:00 and on Saturday from 08:00 to 14:00.",
     ["Fri 10 08:00-16:00", "Sat 11 08:00-14:00"], "'and on Saturday from ...'"),
    ("Hours: Friday 8am to 4pm, Saturday 8am to 2pm.", ["Fri 10 08:00-16:00", "Sat 11 08:00-14:00"],
     "the 12-hour clock"),
    ("Tours leave on Friday at 10:00, 11:00 and 12:00.", ["Fri 10 10:00-11:00", "Fri 10 11:00-12:00",
                                                          "Fri 10 12:00-13:00"],
     "a list of times on one day: each a tour on that day, no weekday of its own"),
])  # fmt: skip
def test_a_weekday_and_its_hours_after_a_comma(hours: str, expected: list[str], why: str) -> None:
    assert _timed(hours) == expected, why
