"""An event page's fields "Start date:", "End date:" and then "Time: 10:00 - 12:00": the time is the start day's (the
event starts on its first day at that hour), not the end day's; the end field only says until when the event runs.
A "Time:" field under a lone "Date:" keeps that day. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2027, 6, 2)


def _timed(fields: str) -> list[str]:
    return timed_starts_of(f"Workshop on coastal planning\n\nSource: Planning agency\n\n2 June 2027\n\n{fields}\n"
                           "Venue: Harbour Hall, Oslo\n", _REFERENCE)


@pytest.mark.parametrize(("fields", "expected", "why"), [
    ("Start date: 14 June 2027\nEnd date: 16 June 2027\nTime: 10:00 - 12:00", ["2027-06-14 10:00"],
     "the time of the first day"),
    ("Start Date: 21/06/2027\nEnd Date: 22/06/2027\nTime: 09:30 - 16:00", ["2027-06-21 09:30"],
     "figures, the same fields"),
    ("Date: 16 June 2027\nTime: 10:00 - 12:00", ["2027-06-16 10:00"], "one day: its time"),
])  # fmt: skip
def test_the_time_field_goes_to_the_start_day(fields: str, expected: list[str], why: str) -> None:
    assert _timed(fields) == expected, why
