"""Forms of a visit's programme as governments publish it: a stamp of midnight over the text, rows and
sentences that open with a time and go on to a second time of their own. Each row is a small text of our own
run through the whole parser, with a reference date far from its years."""

from __future__ import annotations

import pytest

from tests.test_notevents import events_of, when

MIDNIGHT_STAMPS = [
    # (body, expected local starts in Lima (UTC-5), why)
    ("Tuesday 10 May 2016 - 00:00\n\nThe president greets the visiting chancellor at the palace on Thursday "
     "morning.\n\nAt 11.15 the two leaders hold talks.",
     ["2016-05-12 16:15"], "a line of a date and '00:00' is the site's stamp: the weekday below counts from it"),
    ("30/01/2013 00:00:00\n\nThe board meets on Friday at 10:00.",
     ["2013-02-01 15:00"], "'00:00:00' after a numeric date is a stamp too"),
    ("The new ferry line opens on 6 May 2016 at 00:00 with a first night crossing.",
     ["2016-05-06 05:00"], "midnight inside a sentence with words is a time like any other"),
]


@pytest.mark.parametrize(("body", "expected", "why"), MIDNIGHT_STAMPS, ids=[row[2] for row in MIDNIGHT_STAMPS])
def test_a_midnight_stamp_dates_the_text_and_is_no_event(body: str, expected: list[str], why: str) -> None:
    assert when([e for e in events_of(body, zone="America/Lima") if not e.all_day]) == expected, why
