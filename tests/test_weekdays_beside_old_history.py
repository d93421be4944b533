"""An undated item whose only full date is decades old ("Republic Day, 12 March 1969") announces days of today's
calendar: its year-less weekday dates that miss the old year take the year
nearest the reference date in which they fit, not the year beside the old one where they all happen to fit (12 March
1969 is a Wednesday; "Tuesday 12 March" fits 1968, 2019 and 2024). Texts in our own words."""

from __future__ import annotations

from tests.conftest import listed

_WEEK = ("\nThe week opens with a wreath-laying on Tuesday 12 March at 09:00 at the cenotaph.\n"
         "A state reception follows on Wednesday 13 March at 19:00 at the palace.\n"
         "On Thursday 14 March at 10:00 the Prime Minister opens the trade fair.\n")


def test_an_old_date_on_a_line_of_its_own_does_not_date_the_week() -> None:
    text = ("Republic Day week in Port Louis\n\nSource: A high commission\n\nThe week's programme is below.\n\n"
            "Republic Day, 12 March 1969\n" + _WEEK)
    assert listed(text) == ["2024-03-12 09:00", "2024-03-13 19:00", "2024-03-14 10:00"]


def test_an_old_date_opening_a_sentence_does_not_date_the_week() -> None:
    text = ("Republic Day week in Port Louis\n\nSource: A high commission\n\nThe week's programme is below.\n\n"
            "12 March 1969: the flag of the new state rose over the capital.\n" + _WEEK)
    # (the rows only: the old day itself is asked about elsewhere)
    assert [day for day in listed(text) if ":" in day] == ["2024-03-12 09:00", "2024-03-13 19:00", "2024-03-14 10:00"]


def test_a_recent_stamp_still_dates_the_week() -> None:
    text = "Republic Day week in Port Louis\n\nSource: A high commission\n\nIssued 1 March 2019\n" + _WEEK
    assert listed(text) == ["2019-03-12 09:00", "2019-03-13 19:00", "2019-03-14 10:00"]


def test_weekdays_that_miss_the_old_year_are_not_put_beside_it() -> None:
    # (Wednesday 23 October fits 1963, 2019 and 2024, never 1964: not the year before the old date)
    text = ("Independence week\n\nSource: A high commission\n\nIndependence Day: 30 October 1964\n\n"
            "Wednesday 23 October, 09:00: wreaths at the cenotaph\nThursday 24 October, 19:00: state reception\n"
            "Friday 25 October, 10:00: the trade fair opens\n")
    assert listed(text) == ["2024-10-23 09:00", "2024-10-24 19:00", "2024-10-25 10:00"]


def test_an_item_dated_decades_ago_keeps_its_days_near_its_date() -> None:
    # (an archive's release: its weekdays, a day off for 1995, are a slip, not a sign of today's calendar)
    text = ("Ministerial visit\n\nSource: A ministry\n\nLondon, 3 March 1995\n\nThe Minister visits Leeds on"
            " Tuesday 8 March at 10:00 and Sheffield on Wednesday 9 March at 11:00.\n")
    assert all(day.startswith("1995") for day in listed(text))
    assert {"1995-03-08 10:00", "1995-03-09 11:00"} <= set(listed(text))
