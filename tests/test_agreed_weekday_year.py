"""A table of year-less dates with weekdays that all fit one year near the item's day, but not the day's own year.

A board's calendar of "Tuesday 14 March", "Tuesday 11 April", ... under a page stamp of the year after: one weekday
that misses the year of its context may be a slip, but three or more that all fit one other year near it are that
year's days. Seen in a central bank's calendar of two-day meetings (world-seventysecond) whose year only the weekdays
gave: every row fell a year late. The texts are ours."""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles
from parsers.dates import DayPart
from parsers.resolve import agreed_year

REFERENCE = dt.date(2026, 12, 5)


def _days(body: str) -> list[object]:
    article = Article(source="t", title="Board calendar", body=body)
    events = extract_articles([article], reference=REFERENCE).events
    return sorted(e.start if isinstance(e.start, dt.date) and not isinstance(e.start, dt.datetime)
                  else e.start.date() for e in events)


def test_rows_whose_weekdays_all_fit_the_year_before_their_stamp() -> None:
    body = ("Updated: 2 October 2024\n\n"
            "The board will meet on these days next year.\n\n"
            "Tuesday 14 March: board meeting\n"
            "Tuesday 11 April: board meeting\n"
            "Tuesday 9 May: board meeting\n"
            "Tuesday 13 June: board meeting\n")
    assert _days(body) == [dt.date(2023, 3, 14), dt.date(2023, 4, 11), dt.date(2023, 5, 9), dt.date(2023, 6, 13)]


def test_two_day_rows_agree_too() -> None:
    body = ("October 1, 2024\n\n"
            "Policy committee meetings\n"
            "Winter round: Monday - Tuesday, 6 - 7 February\n"
            "Spring round: Monday - Tuesday, 3 - 4 April\n"
            "Summer round: Monday - Tuesday, 5 - 6 June\n")
    assert _days(body) == [dt.date(2023, 2, 6), dt.date(2023, 4, 3), dt.date(2023, 6, 5)]


def test_the_year_is_the_only_one_of_the_window() -> None:
    parts = [DayPart(14, 3, None, 1), DayPart(11, 4, None, 1), DayPart(9, 5, None, 1)]
    assert agreed_year(parts, dt.date(2024, 10, 2)) == 2023


def test_two_dates_or_a_disagreeing_one_say_nothing() -> None:
    assert agreed_year([DayPart(14, 3, None, 1), DayPart(11, 4, None, 1)], dt.date(2024, 10, 2)) is None
    # Tuesday 14 March and 11 April fit 2023; "Wednesday 9 May" fits 2029 only: no one year of the window
    assert agreed_year([DayPart(14, 3, None, 1), DayPart(11, 4, None, 1), DayPart(9, 5, None, 2)],
                       dt.date(2024, 10, 2)) is None


def test_a_lone_slip_keeps_the_year_of_its_context() -> None:
    # "Friday 12 March" under a stamp of 2021 (a Friday then) beside a slip ("Monday 23 March", a Tuesday in 2021)
    body = ("Published: 1 March 2021\n\n"
            "The hearing opens on Friday 12 March.\n\n"
            "It resumes on Monday 23 March.\n")
    assert _days(body) == [dt.date(2021, 3, 12), dt.date(2021, 3, 23)]
