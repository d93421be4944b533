"""The Scandinavian "kl." (at) between a day and a clock ("senest tirsdag 31. oktober 2006 kl 12.00") joins them as
one moment, so what is said of the day (a deadline) is said of the clock too; else the clock was left over and put
on the day in context (world-twentieth: a registration deadline became a noon event on the visit's second day).
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Presseinvitasjon: ministerbesøk

Source: Forsvarsdepartementet

Onsdag 1. november 2006 åpner programmet kl 08.30 på Akershus festning.

Meld deg på hos pressevakten, {deadline}.
"""


@pytest.mark.parametrize("deadline", ["senest tirsdag 31. oktober 2006 kl 12.00",
                                      "senest tirsdag 31. oktober 2006 kl. 12.00",
                                      "senest tirsdag 31. oktober 2006 klokka 12.00"])
def test_the_clock_of_a_deadline_is_no_event(deadline: str) -> None:
    events = extract(ITEM.format(deadline=deadline), source="x", reference=dt.date(2006, 10, 30),
                     default_zone="Europe/Oslo").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2006-11-01 08:30"]
