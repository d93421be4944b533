"""A results briefing given as fields ("Date:", "Time: 9.30am", "Webcast: registration on the website") is an event:
a field on how to follow it is no practicality of the time above it (world-twentysecond 12). A letterhead address
with a town, its state and a postcode and no comma ("20 Bridge Street, Sydney NSW 2000") puts the item's unlabelled
times on that town's clock. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

UTC = dt.UTC


def _timed(body: str) -> list[tuple[dt.datetime, str]]:
    text = f"Results briefing\n\nSource: A listed company\n\n{body}\n"
    return [(e.start.astimezone(UTC), e.timezone) for e in extract(text, source="b", reference=REFERENCE).events
            if not e.all_day]


@pytest.mark.parametrize(("field", "why"), [
    ("Webcast: registration on the company's website", "how to watch: the briefing above is still an event"),
    ("Dial-in: register for the numbers on the website", "how to listen"),
    ("Replay: available on the website afterwards", "a replay after it"),
])
def test_a_field_on_how_to_follow_keeps_the_time(field: str, why: str) -> None:
    body = f"Date: Tuesday, 12 August 2031\nTime: 10:00 CEST\n{field}"
    assert _timed(body) == [(dt.datetime(2031, 8, 12, 8, 0, tzinfo=UTC), "Europe/Brussels")], why


@pytest.mark.parametrize(("letterhead", "zone", "why"), [
    ("Head office, 20 Harbour Road, Sydney NSW 2000", "Australia/Sydney", "a known town, its state, a postcode"),
    ("Level 3, 8 Gum Tree Lane, Kestrel Downs QLD 4999", "Australia/Brisbane", "an unknown town of two words"),
    ("Head office, 20 Harbour Road, Sydney NSW", "Europe/Brussels", "no postcode: no address, the default clock"),
])
def test_a_letterhead_address_sets_the_clock(letterhead: str, zone: str, why: str) -> None:
    body = f"{letterhead}\n\nThe company holds a briefing on Tuesday, 12 August 2031 at 9.30am."
    assert [z for _, z in _timed(body)] == [zone], why


@pytest.mark.parametrize(("dateline", "zone", "why"), [
    ("PERTH, 4 March 2031", "Australia/Perth", "the town in capitals and the day, nothing after on the line"),
    ("SANTIAGO, Chile, March 4, 2031", "America/Santiago", "with its country, the day in the American order"),
    ("NOTE, 4 March 2031", "Europe/Brussels", "a word in capitals that names no place: the default clock"),
])
def test_a_dateline_line_of_place_and_day_sets_the_clock(dateline: str, zone: str, why: str) -> None:
    body = f"{dateline}\n\nThe agency briefs the press on Monday, 10 March 2031, at 10:00 a.m."
    assert [z for _, z in _timed(body)] == [zone], why
