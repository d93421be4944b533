"""Opening hours as two bare hours on a 24-hour clock after "from" ("from 09 to 17", "from 08 to 13,"), as European
organisations write them in English: the end past noon makes both hours clocks. They were not read, and the event
fell to an all-day one. Shown by world-sixtyfirst 11, a hospital's open day "on Saturday 13 January, from 09 to
17". Counts and ages ("grew from 12 to 18 members", "aged from 6 to 14,"), days ("from 9 to 17 March"), starts
written without their zero and ends of twelve or less ("from 9 to 5") stay what they were. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "Open day\n\nSource: {org}\n\n{body}\n"


def _events(org: str, body: str) -> list:
    return extract(ITEM.format(org=org, body=body), source="x", reference=dt.date(2026, 1, 10)).events


@pytest.mark.parametrize(("org", "body", "start", "end"), [
    ("Regional Hospital of Example",
     "The hospital opens its wards to the public on Saturday 14 March 2026, from 09 to 17, in the main hall.",
     (9, 0), (17, 0)),
    ("Museum of Example Town",
     "The museum holds a free open house on Sunday 8 March 2026 from 09 to 18.",
     (9, 0), (18, 0)),
    ("Consulate of Example in Vienna",
     "The consular desk receives visitors on Tuesday 3 March 2026 from 08 to 13 at the embassy building.",
     (8, 0), (13, 0)),
])
def test_two_bare_hours_are_a_time_range(org: str, body: str, start: tuple[int, int], end: tuple[int, int]) -> None:
    (event,) = _events(org, body)
    assert isinstance(event.start, dt.datetime)
    assert (event.start.hour, event.start.minute) == start
    assert isinstance(event.end, dt.datetime)
    assert (event.end.hour, event.end.minute) == end


@pytest.mark.parametrize(("org", "body"), [
    ("Example Youth Choir",
     "On Saturday 14 March 2026 the choir, which grew from 12 to 18 members, sings in the park."),
    ("Example Book Fair", "The book fair runs from 9 to 17 March 2026 in the exhibition hall."),
    # a count or an age before a comma or "in": the start's hour without its zero is no clock
    ("Example Holiday Camp",
     "The holiday camp welcomes children aged from 6 to 14, on Saturday 14 March 2026 at the sports hall."),
    ("Example Transport Board",
     "On Monday 9 March 2026 the price of a ticket went from 9 to 14 in one step, the board said."),
])
def test_counts_and_days_are_no_clock(org: str, body: str) -> None:
    assert all(not isinstance(e.start, dt.datetime) for e in _events(org, body))
