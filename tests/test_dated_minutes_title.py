"""A body's minutes are often titled with the day they record and nothing else: "Parish Council Minutes, Monday 7th
March 2016", "Board minutes - 12 May 2015", "Minutes: March 7, 2016". Such an item records what was done; its
sitting's hour and the times noted in its roll call are no events, and only what it tells as to come is one
(world-eightythird 7: a legislature's minutes, "met on Tuesday ... at 09.30 a.m." and a column of lateness times,
were published as six events). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.minutes import records

ITEM = """{title}

Source: Parish Council of Little Wenham

The Council met on Monday 7th March 2016 at 7.00 p.m. in the Village Hall, the Chairman presiding.
Arrivals after the start:
Cllr A. Brook | late | 7.12 p.m.
Cllr D. Marsh | late | 7.25 p.m.
The next meeting will be held on Monday 4th April 2016 at 7.00 p.m. in the Village Hall.
"""


@pytest.mark.parametrize("title", [
    "Parish Council Minutes, Monday 7th March 2016",
    "Council minutes - 7 March 2016",
    "Minutes: March 7, 2016",
    "Council Minutes of 7th March 2016",
])
def test_only_what_is_to_come_is_published(title: str) -> None:
    events = extract(ITEM.format(title=title), source="pc", reference=dt.date(2016, 3, 10),
                     default_zone="Europe/London").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2016-04-04 19:00"]


@pytest.mark.parametrize("title", [
    "Parish Council Minutes, Monday 7th March 2016",
    "Board minutes - 12 May 2015",
    "Minutes: March 7, 2016",
    "Minutes 12 May 2015",
])
def test_titles_that_are_minutes(title: str) -> None:
    assert records(title)


@pytest.mark.parametrize("title", [
    "30 minutes, 4 June 2016: the walk from the station",
    "Ten Minutes with the Mayor, 4 June 2016",
    "Council meeting, Monday 7th March 2016",
    "Minutes to midnight: the clock moves on 4 June 2016",
])
def test_titles_that_are_not(title: str) -> None:
    assert not records(title)
