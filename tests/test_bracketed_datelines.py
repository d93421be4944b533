"""A dateline of a town as written and the date in brackets, "Washington, D.C. (March 4, 2019)", as US
committees and agencies open their releases: the date is the day of writing, no event, and the town is where
the item's unlabelled times are read. (Found by probes of the held-out kinds "zone" and "extra".) Texts of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _events(dateline: str, body: str) -> list[tuple[str, str]]:
    text = f"Hearing on road safety\n\nSource: Example Committee\n\n{dateline}{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    return sorted((str(e.start), e.start.tzinfo.zone) for e in events)  # type: ignore[union-attr]


HEARING = "The committee holds a hearing on road safety on Wednesday, March 6 at 10 a.m. in room 216."


@pytest.mark.parametrize(("dateline", "start"), [
    ("Washington (March 4, 2019) – ", "2019-03-06 10:00:00-05:00"),
    ("Washington, D.C. (March 4, 2019) – ", "2019-03-06 10:00:00-05:00"),
    ("Sacramento (March 4, 2019) - ", "2019-03-06 10:00:00-08:00"),
])
def test_the_bracketed_date_opening_the_body_is_no_event(dateline: str, start: str) -> None:
    assert [s for s, _ in _events(dateline, HEARING)] == [start]


@pytest.mark.parametrize(("dateline", "zone"), [
    ("Washington (March 4, 2019)\n\n", "America/New_York"),
    ("Washington, D.C. (March 4, 2019)\n\n", "America/New_York"),
    ("WASHINGTON, D.C. (March 4, 2019)\n\n", "America/New_York"),
    ("Phoenix (March 4, 2019)\n\n", "America/Phoenix"),
])
def test_the_town_of_a_bracketed_dateline_on_its_own_line_sets_the_zone(dateline: str, zone: str) -> None:
    assert [z for _, z in _events(dateline, HEARING)] == [zone]


def test_a_weekday_before_a_bracketed_date_is_the_event_day_not_a_dateline() -> None:
    """"On Tuesday (21 November 2026), ..." opens a sentence about that day: its event stays."""
    events = _events("", "On Tuesday (21 November 2028), the minister meets the mayor in Belgrade at 10:00.")
    assert [start for start, _ in events] == ["2028-11-21 10:00:00+01:00"]


@pytest.mark.parametrize("heading", ["Public Hearing (March 14, 2031)\n\n",
                                     "Annual General Meeting (March 14, 2031) – "])
def test_a_heading_with_its_date_in_brackets_dates_what_follows(heading: str) -> None:
    """Words that name no place before a bracketed date head the event, they are no dateline: its day stays."""
    events = _events(heading, "The Planning Board will hold a public hearing at 6 pm in the Council Chambers.")
    assert [start for start, _ in events] == ["2031-03-14 18:00:00+01:00"]
