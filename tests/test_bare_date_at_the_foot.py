"""A full date alone on the item's last line, under its prose ("4 March 2031", "04/03/2031"), is the item's date of
issue, as "Issued 4 March 2031" there is: the days the item says in words ("on Friday", "tomorrow") count from it.
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

NOTE = "Briefing note\n\nSource: A UN agency\n\n{body}\n\n{foot}\n"


@pytest.mark.parametrize("foot", ["4 March 2031", "March 4, 2031", "Issued 4 March 2031"])
def test_days_in_words_count_from_the_foot_date(foot: str) -> None:
    text = NOTE.format(body="The spokesperson will brief the press in Vienna on Friday at 11:00.", foot=foot)
    events = extract(text, source="agency", reference=dt.date(2031, 1, 10)).events
    assert [(e.start.date(), e.start.hour) for e in events] == [(dt.date(2031, 3, 7), 11)]


def test_a_foot_date_under_a_list_of_days_is_the_lists_last_row() -> None:
    """Under rows of days, the last date is one more row, not the item's date."""
    text = NOTE.format(body="The committee meets in Vienna at 10:00 on these days:\n\n2 March 2031",
                       foot="4 March 2031")
    events = extract(text, source="agency", reference=dt.date(2031, 1, 10)).events
    assert [(e.first_day, e.start.hour) for e in events] == [(dt.date(2031, 3, 2), 10), (dt.date(2031, 3, 4), 10)]


def test_a_town_dateline_at_the_foot_dates_the_days_without_a_year() -> None:
    """"Tartu, 8 June 2031" closing a report of days gone by ("ran from 4 to 22 May"): the item's date, so the days
    it tells in the past are history, no events."""
    text = NOTE.format(body="The drill ran from 4 to 22 May with 900 cadets. The minister visited the camp on 12 May.",
                       foot="Tartu, 8 June 2031")
    assert extract(text, source="agency", reference=dt.date(2031, 12, 1)).events == []
