"""A possessive "tomorrow's" before a gathering's name ("ahead of tomorrow's official opening of the session", "landed
before tomorrow's summit") is that gathering's day, the day after the item's, with or without a clock time after
"ahead of", "before" or "in advance of", whatever tense the sentence is told in: the minister has arrived (past),
the opening is still to come. Before, "tomorrow's" with no clock was read as the day's act told in passing ("Today's
decision will help"), "ahead of tomorrow" as "leaders of tomorrow", a past verb before it ("has arrived ... ahead
of") as history and "before" as a time limit. Found in world-eightyfifth (a council's official opening announced as
"tomorrow's" under a report of the President's arrival). "Tomorrow's leaders", "the world of tomorrow" and "Today's
decision" still name no day. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "Delegates gather in Kisumu\n\nSource: Example Basin Authority\n\nPublished 14 May 2030\n\n{body}\n"


def _days(body: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="basin", reference=dt.date(2030, 5, 14),
                     default_zone="Africa/Nairobi").events
    return [e.start.isoformat() for e in events if e.all_day]


@pytest.mark.parametrize("body", [
    "The water ministers have arrived in Kisumu ahead of tomorrow's official opening of the basin council.",
    "The chairperson landed in Kisumu before tomorrow's summit of the basin states.",
    "Eleven delegations reached Kisumu in advance of tomorrow's plenary session of the basin council.",
])
def test_the_gathering_is_on_the_next_day(body: str) -> None:
    assert _days(body) == ["2030-05-15"]


@pytest.mark.parametrize("body", [
    "The basin's young people are tomorrow's leaders, the chairperson said.",
    "The engineers talked about the lake of tomorrow and its fisheries.",
    "Today's decision will help the fishing towns along the shore.",
])
def test_no_gathering_no_day(body: str) -> None:
    assert _days(body) == []
