"""A year-less weekday date in an item that writes no date of its own takes the one year, near a year the item
speaks of (from the year before it to four after), in which the weekday fits: a text speaks of the years just past
and the one ahead, and the reference date (a guess) comes after what the text says. Texts in our own words.

Seen in world-eightyfifth (item 5), world-ninetyfifth (item 14) and world-hundredseventeenth (item 12): a Monday
19 February after a plan adopted in a December four years before, a Thursday sitting before the next year's budget,
a ship's Wednesday visit four years after another ship's last call.
"""

from __future__ import annotations

import datetime as dt

from parsers import resolve
from parsers.dates import DayPart
from tests.conftest import listed

_HEAD = "Harbour open day\n\nSource: A port company\n\n"


def test_a_weekday_takes_the_year_after_a_year_told_as_past() -> None:
    # (Tuesday 14 May: 2013, 2019, 2024; only 2019 lies from 2015 to 2020)
    text = _HEAD + ("The port last welcomed a tall ship in June 2016, and the next one is due soon.\n\n"
                    "Tall ship parade: Tuesday 14 May, 10am, at the north quay.\n")
    assert listed(text) == ["2019-05-14 10:00"]


def test_a_weekday_takes_the_year_before_the_budget_year_spoken_of() -> None:
    # (Monday 12 November: 2012 and 2018; only 2012 lies from 2012 to 2017)
    text = ("Council sitting\n\nSource: A county council\n\nThe council debates the 2013 budget at its sitting on"
            " Monday 12 November at 3pm in the county hall.\n")
    assert listed(text) == ["2012-11-12 15:00"]


def test_a_year_ages_before_the_reference_is_no_guide() -> None:
    # (Tuesday 14 May fits 1968, beside the founding; the fair is of today's calendar)
    text = _HEAD + "The club, founded 1968, holds its fair on Tuesday 14 May at 10am at the north quay.\n"
    assert listed(text) == ["2024-05-14 10:00"]


def test_a_year_the_title_names_is_what_the_item_is_about_not_a_time() -> None:
    # (the regatta of 2016 is the item's subject; Tuesday 14 May, no day of 2016, is read as today's press)
    text = ("Harbour Regatta 2016 briefing\n\nSource: A sailing club\n\n"
            "The skippers meet the press on Tuesday 14 May at 10am at the north quay.\n")
    assert listed(text) == ["2024-05-14 10:00"]


def test_a_weekday_of_the_coming_weeks_stays_there() -> None:
    # (Monday 4 January fits 2021, a year after 2020, and 2027, a month after the reference date)
    text = (_HEAD + "The choir last sang here in December 2020.\n\n"
            "Concert: Monday 4 January, 7pm, in the harbour hall.\n")
    assert listed(text) == ["2027-01-04 19:00"]


def test_two_years_that_fit_near_the_years_spoken_of_give_no_choice() -> None:
    # (Thursday 18 December: 2008 and 2014, both near "2009/2010": the nearest to the reference is taken, a guess)
    found = resolve.year_of_weekdays([DayPart(18, 12, None, 3)], [], dt.date(2026, 12, 7), spoken=[2009, 2010])
    assert found is not None
    assert found[0] == dt.date(2025, 12, 18)
    assert "guess" in found[1] or "latest such year" in found[1]


def test_the_note_says_which_year_spoken_of_chose_it() -> None:
    found = resolve.year_of_weekdays([DayPart(14, 5, None, 1)], [], dt.date(2026, 12, 7), spoken=[2016])
    assert found is not None
    assert found[0] == dt.date(2019, 5, 14)
    assert "speaks of 2016" in found[1]
