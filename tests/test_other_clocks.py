"""One moment given on several clocks is one event (world-twentysecond 1, 5, 7), and North America's clock letters
written with dots ("8:30 a.m. E.T.") are that clock (world-twentysecond 4). Two happenings at one instant told on one
clock stay two; two clocks the reader only guessed from places never merge. Items in our own words."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from parsers import extract
from parsers.restated import one_per_instant

from .conftest import REFERENCE

ITEM = """A notice

Source: An agency

{body}
"""
UTC = dt.UTC


def _timed(body: str) -> list[dt.datetime]:
    events = extract(ITEM.format(body=body), source="clocks", reference=REFERENCE).events
    return sorted(e.start.astimezone(UTC) for e in events if not e.all_day)


@pytest.mark.parametrize(("body", "starts", "why"), [
    ("12 May 2024\n\nThe satellite lifts off on Tuesday 14 May at 6:10 p.m. local time in Kourou, French Guiana, "
     "or 21:10 GMT.",
     [dt.datetime(2024, 5, 14, 21, 10, tzinfo=UTC)], "a local time restated in GMT"),
    ("12 May 2024\n\nThe satellite lifts off on Tuesday 14 May at 9:10 p.m. local time in Kourou, French Guiana, "
     "or 00:10 GMT on Wednesday.",
     [dt.datetime(2024, 5, 15, 0, 10, tzinfo=UTC)], "restated past midnight: the other clock's day is the next"),
    ("12 May 2024\n\nLiftoff is set for 11:32 p.m. EDT Tuesday, May 14 (0332 GMT Wednesday).",
     [dt.datetime(2024, 5, 15, 3, 32, tzinfo=UTC)], "the same, in brackets"),
    ("The council meets on Monday 3 March 2025 at 10:00 CET and the assembly on Tuesday 4 March 2025 at 09:00 GMT.",
     [dt.datetime(2025, 3, 3, 9, 0, tzinfo=UTC), dt.datetime(2025, 3, 4, 9, 0, tzinfo=UTC)],
     "two days each given: a day apart on two clocks, two events"),
    ("The draw is on Friday 6 December 2024 at 19:00 Brasilia time; it is 18:00 in La Paz and 17:00 in Lima.",
     [dt.datetime(2024, 12, 6, 22, 0, tzinfo=UTC)], "the same moment on the clocks of other cities"),
    ("El sorteo es el viernes 6 de diciembre de 2024 a las 19:00 (horario de Brasilia); en Bolivia serán las 18:00.",
     [dt.datetime(2024, 12, 6, 22, 0, tzinfo=UTC)], "the same, in Spanish"),
    ("DATE: Monday, 3 March 2025\nTIME:\n11:00 - 12:00 | EAT\n10:00 - 11:00 | CAT\n08:00 - 09:00 | GMT",
     [dt.datetime(2025, 3, 3, 8, 0, tzinfo=UTC)], "one row per zone, one briefing"),
    ("WHEN: Friday, 7 March 2025\nTIME: 15:00 - 16:00 | East Africa Time (GMT +3)\n"
     "13:00 - 14:00 | Central African Countries (GMT+1)\n12:00 - 13:00 | West African Countries (GMT)",
     [dt.datetime(2025, 3, 7, 12, 0, tzinfo=UTC)], "the clock in brackets after a region's name in the next cell"),
    ("WHEN: Friday, 7 March 2025\nTIME: East Africa Time (GMT +3) | 15:00 - 16:00\n"
     "West African Countries (GMT) | 12:00 - 13:00\nCentral African Countries (GMT+1) | 13:00 - 14:00",
     [dt.datetime(2025, 3, 7, 12, 0, tzinfo=UTC)], "the row names its clock in the cell before the time"),
    ("Monday, 10 March 2025\nEAT | 11:00\nCAT | 10:00",
     [dt.datetime(2025, 3, 10, 8, 0, tzinfo=UTC)], "a clock's letters alone in the cell before"),
    ("Monday, 10 March 2025\nRoom 4 | 11:00 | The finance committee meets\nRoom 5 | 14:00 | The health committee meets",
     [dt.datetime(2025, 3, 10, 10, 0, tzinfo=UTC), dt.datetime(2025, 3, 10, 13, 0, tzinfo=UTC)],
     "a cell that names no clock lends none: two meetings on the default clock"),
])
def test_one_moment_on_several_clocks(body: str, starts: list[dt.datetime], why: str) -> None:
    assert _timed(body) == starts, why


@pytest.mark.parametrize(("body", "start", "why"), [
    ("The company holds its call on Wednesday, May 10, 2006, at 8:30 a.m. E.T.",
     dt.datetime(2006, 5, 10, 12, 30, tzinfo=UTC), "E.T. is Eastern Time (EDT in May)"),
    ("The webcast starts on Tuesday, June 4, 2024 at 11 a.m. P.T. and runs for an hour.",
     dt.datetime(2024, 6, 4, 18, 0, tzinfo=UTC), "P.T. is Pacific Time"),
    ("Investors may listen on March 3, 2025 at 4:30 p.m. E.S.T.",
     dt.datetime(2025, 3, 3, 21, 30, tzinfo=UTC), "E.S.T. is Eastern Standard Time"),
])
def test_clock_letters_with_dots(body: str, start: dt.datetime, why: str) -> None:
    assert _timed(body) == [start], why


BODY = "A briefing at 10:00 CET and a talk at 09:00 GMT, both on 3 March 2025."


@pytest.mark.parametrize(("second", "kept", "why"), [
    ({"as_published": "09:00 GMT", "timezone": "UTC"}, 1, "the same instant on another clock: one event"),
    ({}, 2, "the same instant told twice on one clock: two happenings (two rooms at one hour)"),
    ({"as_published": "09:00 GMT", "timezone": "UTC", "inferred": frozenset({"zone"})}, 2,
     "both clocks guessed from places: they meet at one instant by chance"),
    ({"as_published": "09:00 GMT", "timezone": "UTC", "start": dt.datetime(2025, 3, 3, 10, 0, tzinfo=UTC)}, 2,
     "another instant"),
])
def test_restated_instants(second: dict[str, object], kept: int, why: str) -> None:
    event = extract(ITEM.format(body="On 3 March 2025 the briefing starts at 10:00 CET."), source="clocks",
                    reference=REFERENCE).events[0]
    other = dataclasses.replace(event, **second)
    if "inferred" in second:
        event = dataclasses.replace(event, inferred=frozenset({"zone"}))
    assert len(one_per_instant([event, other], BODY)) == kept, why


@pytest.mark.parametrize(("body", "start", "why"), [
    ("The draw is on Friday 6 December 2024 at 19:00 (Brasília time).",
     dt.datetime(2024, 12, 6, 22, 0, tzinfo=UTC), "a town's clock, its name with an accent"),
    ("The talks open on Monday 9 June 2025 at 10:00 Bogotá time.",
     dt.datetime(2025, 6, 9, 15, 0, tzinfo=UTC), "Bogotá"),
    ("The forum opens on 2 June 2025 at 9:00 Zürich time.", dt.datetime(2025, 6, 2, 7, 0, tzinfo=UTC), "Zürich"),
])
def test_a_towns_clock_with_an_accent(body: str, start: dt.datetime, why: str) -> None:
    assert _timed(body) == [start], why


@pytest.mark.parametrize(("body", "starts", "why"), [
    ("12 May 2024\n\nThe launch is at 10:15 p.m. EDT on Tuesday, May 14 (02:15 UTC on May 15).",
     [dt.datetime(2024, 5, 15, 2, 15, tzinfo=UTC)], "the bracket's day is UTC's, not a second day of the launch"),
    ("12 May 2024\n\nThe launch is set for Tuesday, May 14, at 10:15 p.m. EDT (02:15 UTC on Wednesday, May 15).",
     [dt.datetime(2024, 5, 15, 2, 15, tzinfo=UTC)], "the EDT time is not given to the bracket's Wednesday too"),
    ("The ministers meet on Monday 3 March 2025 at 14:00 CET (13:00 GMT).",
     [dt.datetime(2025, 3, 3, 13, 0, tzinfo=UTC)], "the same day restated in GMT"),
    ("The ministers meet on Monday 3 March 2025 at 14:00 (13:00 GMT).",
     [dt.datetime(2025, 3, 3, 13, 0, tzinfo=UTC)],
     "a bracket after a time with no zone of its own tells that time's clock, and stays read"),
])
def test_a_time_restated_in_utc_in_brackets(body: str, starts: list[dt.datetime], why: str) -> None:
    assert _timed(body) == starts, why


@pytest.mark.parametrize(("body", "starts", "why"), [
    ("The launch is on 14 May 2025 at 14:32:10 UTC.", [dt.datetime(2025, 5, 14, 14, 32, tzinfo=UTC)],
     "a launch's second, then its zone: the minute is kept"),
    ("The launch is on 14 May 2025 at 10:29:14 p.m. EDT.", [dt.datetime(2025, 5, 15, 2, 29, tzinfo=UTC)],
     "the second between the minute and p.m."),
    ("Launch time: 9:24:30 a.m. (JST) on 2 February 2025, from the Tanegashima Space Center.",
     [dt.datetime(2025, 2, 2, 0, 24, tzinfo=UTC)], "the zone in brackets"),
    ("(This list was last revised 19 October 2031, 04:22:05 PM)", [],
     "a page's revision stamp to the second names no zone: no clock of an event"),
    ("On 14 May 2025 the winner ran the course in 2:05:37 at the stadium.", [], "a race's time is no clock"),
])
def test_a_clock_to_the_second(body: str, starts: list[dt.datetime], why: str) -> None:
    assert _timed(body) == starts, why
