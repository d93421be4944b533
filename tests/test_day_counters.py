"""A programme's parts counted by number before their dates ("Day 1 – Tuesday, 13 January 2026"): the number counts
the day, it is no first day of a span ("1 – ... 13 January" was read as 1 to 13 January, and the rows below were
put on the 1st). "the week 24-30 April" and "special session 18-22 September" stay spans. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

from .conftest import REFERENCE

# (text, (kind, first day, last day) of its one mention, why)
TEXTS = [
    ("Day 1 – Tuesday, 13 January 2026", ("day", 13, None), "a day's number, a dash, its weekday and date"),
    ("Session 2 - 14 January 2026", ("day", 14, None), "a session's number"),
    ("the week 24-30 April", ("span", 24, 30), "a week of days is a span"),
    ("a special session 18-22 September", ("span", 18, 22), "a session's days, not its number, in lower case"),
    ("the fair from 1 – 13 January 2026", ("span", 1, 13), "a span opened by 'from'"),
]


@pytest.mark.parametrize(("text", "expected", "why"), TEXTS)
def test_a_counted_part_before_its_date(text: str, expected: tuple[str, int, int | None], why: str) -> None:
    [mention] = find_mentions(text)
    last = mention.last.day if mention.last else None
    assert (mention.kind, mention.first.day if mention.first else 0, last) == expected, why


def test_rows_under_numbered_days_are_on_those_days() -> None:
    item = ("Workshop programme\n\nSource: Water Research Institute\n\nNairobi, 12 January 2026\n\nPROGRAMME\n"
            "Day 1 – Tuesday, 13 January 2026\n09:00 – 10:30 Opening ceremony\n"
            "Day 2 – Wednesday, 14 January 2026\n09:00 – 12:00 Field visit to the treatment works\n")
    timed = [e for e in extract(item, source="days", reference=REFERENCE).events if isinstance(e.start, dt.datetime)]
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in timed) == ["2026-01-13 09:00", "2026-01-14 09:00"]


@pytest.mark.parametrize(("line", "expected", "why"), [
    ("Day 1 – 13 May 2026: Opening plenary at 09:00", "Opening plenary", "the counter goes with its date"),
    ("Session 2 - Thursday, 14 May 2026: Talks on fisheries at 10:00", "Talks on fisheries",
     "a session's number and weekday go too"),
])  # fmt: skip
def test_a_counted_day_leaves_no_counter_in_the_title(line: str, expected: str, why: str) -> None:
    item = f"Workshop programme\n\nSource: Water Research Institute\n\nNairobi, 2 May 2026\n\nPROGRAMME:\n{line}\n"
    [event] = extract(item, source="days", reference=REFERENCE).events
    assert event.summary.split(": ", 1)[-1] == expected, why
