"""A time told beside a later weekday of the sentence is that weekday's clause's, not the first day's ("flies to
Geneva on Sunday, 8 February, where she addresses the council on Monday at 10:00"); and a clause of its own between
two dated days keeps them two events, not one run of days. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Travel of the minister

Source: A foreign ministry

VIENNA, 2 March 2026 - {sentence}
"""


def _events(sentence: str) -> list[tuple[dt.date, dt.time | None]]:
    events = extract(ITEM.format(sentence=sentence), source="ministry", reference=dt.date(2026, 2, 20)).events
    return sorted((e.first_day, e.start.time() if e.start is not None and not e.all_day else None) for e in events)


@pytest.mark.parametrize("sentence", [
    "The minister flies to Geneva on Sunday, 8 March, where she will open the trade forum on Monday at 09:30.",
    "The minister flies to Geneva on Sunday, 8 March, and on Monday at 09:30 she will open the trade forum.",
    "The minister flies to Geneva on Sunday, 8 March; she will open the trade forum on Monday at 09:30.",
    "The minister flies to Geneva on Sunday, 8 March, and will open the trade forum at 09:30 on Monday.",
])
def test_the_time_goes_with_the_weekday_beside_it(sentence: str) -> None:
    assert _events(sentence) == [(dt.date(2026, 3, 8), None), (dt.date(2026, 3, 9), dt.time(9, 30))]


def test_a_time_beside_the_first_day_stays_there() -> None:
    sentence = "The minister lands in Geneva on Sunday, 8 March at 18:00, and on Monday at 09:30 she opens the forum."
    assert _events(sentence) == [(dt.date(2026, 3, 8), dt.time(18, 0)), (dt.date(2026, 3, 9), dt.time(9, 30))]


def test_two_dated_days_of_two_clauses_are_two_events() -> None:
    sentence = ("The delegation travels on to Graz on Sunday 15 March, and will call on the Governor on Monday "
                "16 March at 11am.")
    assert _events(sentence) == [(dt.date(2026, 3, 15), None), (dt.date(2026, 3, 16), dt.time(11, 0))]


def test_days_of_one_list_at_one_time_stay_one_run() -> None:
    """"on Monday 10 March and Tuesday 11 March at 10:00": one list of days, each at the time, and the run."""
    sentence = "The committee hears witnesses on Monday 9 March and Tuesday 10 March at 10:00."
    found = _events(sentence)
    assert (dt.date(2026, 3, 9), dt.time(10, 0)) in found
    assert (dt.date(2026, 3, 10), dt.time(10, 0)) in found


def test_a_time_told_right_before_a_later_day_is_that_day_s() -> None:
    """"... in Tashkent on 7 and 8 March, where she opens a conference at 09:00 on 8 March": the 8th's time only."""
    sentence = ("The visit ends in Linz on 9 and 10 March, where the minister opens a trade conference at 09:00 on "
                "10 March.")
    found = _events(sentence)
    assert (dt.date(2026, 3, 10), dt.time(9, 0)) in found
    assert (dt.date(2026, 3, 9), dt.time(9, 0)) not in found


def test_a_time_beside_the_first_day_is_not_the_return_s() -> None:
    """"departs on Thursday, 5 March at 10:00 p.m. and returns on Wednesday, 11 March": the return has no time."""
    sentence = "The delegation departs on Thursday, 5 March at 10:00 p.m. and returns on Wednesday, 11 March."
    found = _events(sentence)
    assert (dt.date(2026, 3, 5), dt.time(22, 0)) in found
    assert (dt.date(2026, 3, 11), dt.time(22, 0)) not in found


def test_a_passive_later_clause_keeps_its_own_day() -> None:
    """(found by review) "..., and will be received by the Speaker on Monday 16 March at 11am"."""
    sentence = ("The Minister arrives on Sunday 15 March, and will be received by the Speaker on Monday 16 March at "
                "11am.")
    assert _events(sentence) == [(dt.date(2026, 3, 15), None), (dt.date(2026, 3, 16), dt.time(11, 0))]


def test_a_time_after_the_later_day_is_not_the_first_s() -> None:
    """(found by review) "departs on Thursday, 5 March and returns on Wednesday, 11 March at 10:00 p.m."."""
    found = _events("The delegation departs on Thursday, 5 March and returns on Wednesday, 11 March at 10:00 p.m.")
    assert (dt.date(2026, 3, 11), dt.time(22, 0)) in found
    assert (dt.date(2026, 3, 5), dt.time(22, 0)) not in found
