"""Two clues of an item with no stamp and no full date (world-twentyseventh 12: a museum's opening "on Sunday, March
1st" in the year of "the city's 450th anniversary in 2015" was read in 2026, and the room the mayor "opened on February
19th" was kept as an event). The year a jubilee is kept ("anniversary in 2015", "centenary in 2020") is a year the
item speaks of, though a preposition stands before it: the weekdays of its year-less dates are fitted to it first.
And a year-less day told in the past before the day of what the item already told (its newest day, with no date of
writing) is history. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Museum news

Source: Harbour Museum

{body}
"""

# (body, expected days, why)
CASES = [
    ("The new wing is due to open on Sunday, March 1st, as part of the celebrations for the town's 300th "
     "anniversary in 2015.", ["2015-03-01"], "1 March is a Sunday in 2015, 2020 and 2026: the jubilee's year"),
    ("The hall reopens on Saturday, June 6th, the high point of the club's centenary in 2020.", ["2020-06-06"],
     "a centenary's year: 6 June 2020 is a Saturday"),
    ("The hall reopens on Saturday, June 6th.\n\nIts architect began work on it in 2015.", ["2026-06-06"],
     "a year after 'in' that no jubilee names tells of another time: the reference's year"),
    ("The new wing is due to open on Sunday, March 1st, as part of the celebrations for the town's 300th "
     "anniversary in 2015.\n\nThe mayor opened the preview room on February 19th.", ["2015-03-01"],
     "a day told in the past before the opening the item announced: history"),
    ("The summit opens on Monday, June 8th, in the town's jubilee year.\n\nThe ministers will meet on June 7th "
     "to prepare it.", ["2026-06-07", "2026-06-08"], "a day before it told as to come stays an event"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_undated_item_history(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="undated", reference=dt.date(2026, 12, 3)).events
    assert sorted(str(e.start)[:10] for e in events) == expected, why
