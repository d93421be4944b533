"""Two clues a careful reader takes to a year: a year the text looks ahead to ("as the chair steps down early in
2014") bounds the year of its weekdays, and a date whose weekday its year contradicts takes the year the item
gives the same day elsewhere ("When: Thursday 21 May 2014", a Wednesday, beside "Thursday 21 May 2015"). Each row
is a small text of our own run through the whole parser (see year_texts.py; read on 1 December 2026)."""

from __future__ import annotations

import pytest

from tests.year_texts import days_of, events_of, starts

AHEAD = [
    # (body, expected first days of the events, why)
    ("From Tuesday 12 to Thursday 14 November next week the island council meets in Apia. It will choose a new "
     "clerk, as the present one retires early in 2014.",
     ["2013-11-12"], "a year the text looks ahead to: written before 2014, so 12 November is the Tuesday of 2013"),
    ("The harbour board meets on Tuesday 12 November. The new quay will be finished by 2014, the board says.",
     ["2013-11-12"], "'will be finished by 2014': the same, with 'by'"),
    ("The harbour board meets on Tuesday 12 November. The old quay, opened early in 2014, was rebuilt.",
     ["2024-11-12"], "a year told in the past is history: the weekday's latest year stays"),
    ("The harbour board meets on Tuesday 12 November in the hall it has used since 2013.",
     ["2024-11-12"], "'since 2013' looks back, not ahead"),
    ("The harbour board meets on Tuesday 12 November. The plan runs to 2030 and will be reviewed by 2030.",
     ["2024-11-12"], "a year still ahead of the reading date bounds nothing"),
]


@pytest.mark.parametrize(("body", "days", "why"), AHEAD, ids=[row[2] for row in AHEAD])
def test_a_year_looked_ahead_to_bounds_the_year_of_the_weekdays(body: str, days: list[str], why: str) -> None:
    assert days_of(events_of(body, "Board news"))[:1] == days, why


SLIPS = [
    # (body, expected timed starts in UTC, why)
    ("Budget 2015 briefing for the press, in Wellington.\n\nWhen: Thursday 21 May 2014, from 10.30am\n\n"
     "Nothing may be sent out before 2.00pm on Thursday 21 May 2015.",
     ["2015-05-20 22:30"],
     "21 May 2014 was a Wednesday; the item's 'Thursday 21 May 2015' says which year the slip meant"),
    ("Budget briefing for the press, in Wellington.\n\nWhen: Thursday 21 May 2014, from 10.30am",
     ["2014-05-20 22:30"], "no other date of that day in the item: the date, more exact than its weekday, stays"),
]


@pytest.mark.parametrize(("body", "expected", "why"), SLIPS, ids=[row[2] for row in SLIPS])
def test_a_dates_slipped_year_takes_the_items_same_day(body: str, expected: list[str], why: str) -> None:
    assert starts(events_of(body, "Budget lock-up")) == expected, why
