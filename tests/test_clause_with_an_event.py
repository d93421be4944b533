"""A later clause opened by "with" that names an event of its own ("The sitting opens at 9:30, with a press
conference at about 13:00") is that event, at its own time (it was read as a clause that only says where or with
whom, and lost). The hedge "at about" is no part of the event's name. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Ministers meet in Vaduz

Source: Government of the Principality

Published: 2 June 2031

The ministers will meet in Vaduz on 5 June. {sentence}
"""

# (sentence, (hour, words of its summary) of each timed event, why)
CASES = [
    ("The sitting opens at 9:30, with a press conference at about 13:00.",
     [(9, ""), (13, "press conference")], "a press conference after 'with', its time hedged"),
    ("Talks begin at 10:00, with a working lunch at 12:30.", [(10, ""), (12, "lunch")], "a lunch after 'with'"),
]


@pytest.mark.parametrize(("sentence", "expected", "why"), CASES)
def test_a_clause_with_an_event_of_its_own(sentence: str, expected: list[tuple[int, str]], why: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="clause", reference=dt.date(2031, 6, 2)).events
    timed = sorted((e.start.hour, e.summary.lower()) for e in events if isinstance(e.start, dt.datetime))
    assert [hour for hour, _ in timed] == [hour for hour, _ in expected], why
    for (_, summary), (_, words) in zip(timed, expected, strict=True):
        assert words in summary, why
        assert "about" not in summary, why
