"""A line giving what happens and its day ("Annual Public Meeting: 24 September 2031"), over a line of only its hours
("17.15 - 18.30"), is one entry at those hours, named by the first line; read apart, the day was a day-long event and
the hours an entry named by the note under them (world-twentysixth 1). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.blocks import ITEM, Block
from parsers.dates import find_mentions
from parsers.namedday import named_day_over_hours
from parsers.reading import Reading

ITEM_TEXT = """Board meetings in public

Source: Lakeside Health Board

The Board meets in public.

24 September 2031
14.30 - 17.00
Online only: papers and link below
{first}
{second}
Online only: link below
"""

# (first line, second line, expected (timed?, local start, a word of the summary), why)
CASES = [
    ("Annual Public Meeting: 24 September 2031", "17.15 - 18.30",
     [(True, "2031-09-24 14:30", "Online"), (True, "2031-09-24 17:15", "Annual Public")],
     "the named day over its hours, under another entry of that day: one entry"),
]


@pytest.mark.parametrize(("first", "second", "expected", "why"), CASES)
def test_named_day_over_hours(first: str, second: str, expected: list[tuple[bool, str, str]], why: str) -> None:
    text = ITEM_TEXT.format(first=first, second=second)
    events = extract(text, source="named", reference=dt.date(2031, 9, 1), default_zone="UTC").events
    got = sorted((not e.all_day, e.start.strftime("%Y-%m-%d %H:%M" if not e.all_day else "%Y-%m-%d"), e.summary)
                 for e in events)
    assert [(t, s) for t, s, _ in got] == [(t, s) for t, s, _ in expected], why
    assert all(word in summary for (_, _, summary), (_, _, word) in zip(got, expected, strict=True)), why


# (line, expected joined text or None, why)
LINES = [
    ("Annual Public Meeting: 24 September 2031", "24 September 2031 17.15 - 18.30 Annual Public Meeting",
     "a name, a colon and the day"),
    ("24 September 2031", None, "a bare day heads the lines below it as before"),
    ("Annual Public Meeting: 24 September 2031, Town Hall", None, "more after the day: read as it is"),
]


@pytest.mark.parametrize(("line", "expected", "why"), LINES)
def test_the_two_lines_joined(line: str, expected: str | None, why: str) -> None:
    first, second = Block(ITEM, line, 1, 1), Block(ITEM, "17.15 - 18.30", 2, 1)
    context = Reading(day=dt.date(2031, 9, 1), year_evidence=True, newest=None)
    context.blocks = [first, second]
    mentions_of = {1: find_mentions(first.text, ""), 2: find_mentions(second.text, "")}
    joined = named_day_over_hours(first, mentions_of[1], mentions_of, context, "")
    assert (joined[0].text if joined else None) == expected, why


PROGRAMME = """Conference programme

Source: A conference committee

Day 1: 10 September 2031
14.00 – 15.00
Opening ceremony
Ballroom

{counter}: 11 September 2031
08.00 – 10.05
Parallel session 3
Room 1
"""


@pytest.mark.parametrize(("counter", "why"), [
    ("Day 2", "a programme's counter of its days names no entry (world-twentyeighth 9)"),
    ("Day two", "the counter in words"),
])
def test_a_day_counter_names_no_entry(counter: str, why: str) -> None:
    events = extract(PROGRAMME.format(counter=counter), source="t", reference=dt.date(2031, 9, 1)).events
    timed = {f"{e.start:%Y-%m-%d %H:%M}": e.summary for e in events if not e.all_day}
    assert "Parallel session 3" in timed.get("2031-09-11 08:00", ""), why
