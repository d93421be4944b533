"""Hours each told with their own weekday, in one sentence ("Hearings are at 10:00 on Monday and at 14:00 on
Wednesday", "at 17:45 on Tuesday and at 17:15 on Wednesday and Thursday"): the event on each weekday at its hour,
not the first alone. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Committee hearings

Source: A regional parliament

Cardiff, Friday 13 March 2026

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The committee hears witnesses at 10:00 on Monday and at 14:00 on Wednesday.",
     [(16, 10, 0), (18, 14, 0)]),
    ("The committee sits at 17:45 on Tuesday and at 17:15 on Wednesday and Thursday.",
     [(17, 17, 45), (18, 17, 15), (19, 17, 15)]),
])
def test_each_weekday_at_its_hour(sentence: str, expected: list[tuple[int, int, int]]) -> None:
    events = extract(ITEM.format(sentence=sentence), source="senedd", reference=dt.date(2026, 3, 1)).events
    found = sorted((e.first_day.day, e.start.hour, e.start.minute) for e in events
                   if e.start is not None and not e.all_day)
    assert found == expected
    assert len({e.summary for e in events}) == 1


def test_a_later_clause_with_its_own_words_keeps_them() -> None:
    sentence = "The Minister meets the Mayor at 10:00 on Monday, and at 14:00 on Wednesday she visits the port."
    events = extract(ITEM.format(sentence=sentence), source="senedd", reference=dt.date(2026, 3, 1)).events
    found = sorted((e.first_day.day, e.start.hour, e.summary) for e in events if e.start is not None)
    assert [(day, hour) for day, hour, _ in found] == [(16, 10), (18, 14)]
    assert "port" in found[1][2]
