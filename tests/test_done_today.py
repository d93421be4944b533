"""A full date named as "today" in a sentence told in the past ("... were at the commissioning ceremony in Cork today
Friday, 3rd of July 2020, at 12pm") reports what was done the day the text was written, even with no stamp
(world-fortieth 13 was read as an event). "will attend ... today" stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Cadets commissioned

Source: Defence Forces

{body}
"""


@pytest.mark.parametrize("body", [
    "The Minister and the Chief of Staff were at the commissioning ceremony at the Naval Base today Friday, "
    "3rd of July 2020, at 12pm.",
    "The Minister attended the commissioning ceremony at the Naval Base, Cork, today, 3 July 2020, at noon.",
])
def test_done_today_is_no_event(body: str) -> None:
    assert extract(ITEM.format(body=body), source="x", reference=dt.date(2020, 6, 1), default_zone="UTC").events == []


def test_what_is_to_come_today_stays() -> None:
    body = ("The Minister will attend the commissioning ceremony at the Naval Base today Friday, 3rd of July 2020, "
            "at 12pm.")
    events = extract(ITEM.format(body=body), source="x", reference=dt.date(2020, 6, 1), default_zone="UTC").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2020-07-03 12:00"]
