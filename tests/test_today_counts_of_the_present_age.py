"""A "Today" before a share or a count of people and a verb of their lasting state ("Today almost half of the
country's people, 2.2 million, live on humanitarian aid", "Today one in four households depends on the river"): the
present age, not a day's event, even where the line opens with it as a listed row would. "Today 300 delegates gather
in Kigali" tells the day's act and stays. Found in world-eightyfifth (an OCHA advisory's closing figures made an event
on the visit's first day). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Basin directors visit the delta

Source: Example Humanitarian Office

WHEN? From 3 to 5 March 2031

The directors will travel first to the delta towns, then meet the authorities in the capital.

{body}
"""


def _days(body: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(body=body), source="office", reference=dt.date(2031, 3, 1)).events
    return sorted((e.start.isoformat()[:10], e.end.isoformat()[:10] if e.end else "") for e in events)


@pytest.mark.parametrize("body", [
    "Today almost half of the delta's people, 1.4 million, live on food aid.",
    "Today one in four households depends on fishing that the floods have ruined.",
    "Today, more than 60 per cent of the children remain out of school.",
])
def test_a_count_of_the_present_age_is_no_event(body: str) -> None:
    assert len(_days(body)) == 1  # the visit only


def test_a_count_that_gathers_today_stays() -> None:
    assert len(_days("Today 300 delegates gather in the capital for the donors' round table.")) == 2
