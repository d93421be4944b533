"""A day the sentence says is a holiday ("Thursday, 5 June, is a United Nations holiday", "Monday 9 June will be a
public holiday") is no event, even when the days around it in the same sentence carry times (world-seventythird 4:
a committee's holiday between two meetings got the next meeting's "at 10 a.m."). A holiday given for an occasion
("is a public holiday, so that the new governor can be sworn in") is that occasion's day. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Water panel hears Peru

Source: Panel of Experts on Water Rights

20 May 2031

The panel takes up Peru's report at 3 p.m. on Wednesday, 4 June; {holiday}, and the panel goes back to the
report on 6 June, at 10 a.m.
"""


def _days(holiday: str) -> list[str]:
    events = extract(ITEM.format(holiday=holiday), source="panel", reference=dt.date(2031, 5, 20),
                     default_zone="UTC").events
    return sorted(str(e.start)[:10] for e in events)


def test_a_un_holiday_between_two_meetings() -> None:
    assert "2031-06-05" not in _days("Thursday, 5 June, is a United Nations holiday")


def test_a_public_holiday_to_come() -> None:
    assert "2031-06-05" not in _days("Thursday, 5 June, will be a public holiday")


def test_the_meetings_stay() -> None:
    days = _days("Thursday, 5 June, is a United Nations holiday")
    assert "2031-06-04" in days
    assert "2031-06-06" in days


SWEARING_IN = """Governor to be sworn in

Source: Office of the Governor

2 June 2031

The new governor is sworn in at the stadium between 10 am and 2 pm. Thursday, 12 June, is a public holiday, so that
everyone can attend.
"""


def test_a_holiday_for_an_occasion_is_its_day() -> None:
    events = extract(SWEARING_IN, source="gov", reference=dt.date(2031, 6, 2), default_zone="UTC").events
    assert [str(e.start)[:16] for e in events if not e.all_day] == ["2031-06-12 10:00"]
