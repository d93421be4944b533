"""A body's own history told in the past on an undated page ("On November 5th, 1999, a new era began when the
Airport Authority assumed administration of both airports", "the Board took over the management of the port") is no
event: the day is when it began, not a day to attend. Seen in pages-p53 (flypittsburgh.com: the leadership page of
an airport authority, its 2019 board meetings listed below, gave the 1999 takeover as an all-day event). A takeover
told as to come stays. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

PAGE = """Port Authority Board Members

{history}

Board meetings are held on the third Friday of the month in the harbour office, and are open to the public.
"""


def _days(history: str) -> list[str]:
    events = extract(PAGE.format(history=history), source="port", reference=dt.date(2031, 2, 1),
                     default_zone="America/New_York").events
    return sorted(f"{e.start:%Y-%m-%d}" for e in events)


@pytest.mark.parametrize("history", [
    "On November 5th, 1999, a new era began when the Port Authority assumed administration of both harbours.",
    "On 1 July 2004 the Board took over the management of the port from the county.",
    "On 3 March 2008, a new chapter began when the Authority assumed control of the ferry terminal.",
])
def test_the_body_history_is_no_event(history: str) -> None:
    assert _days(history) == []


def test_a_meeting_to_come_stays() -> None:
    assert _days("The Port Authority will assume administration of the harbour at a ceremony on 1 April 2031.") \
        == ["2031-04-01"]
