"""A span of two years running ("Front-page news 2019-2020", "the 2019/20 session") speaks of both years: the
weekdays of an item's year-less dates are fitted to either before the calendar alone chooses (world-eighteenth 4).
Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """The chamber returns to its usual sittings

Source: A parliament

{heading}

The presidium decided on Wednesday 8th April to bring back the usual sittings. Oral questions start again from
Wednesday 29th April.
"""


@pytest.mark.parametrize(("heading", "expected", "why"), [
    ("News archive 2019-2020", "2020-04-29", "8 and 29 April are Wednesdays in 2020, the span's second year"),
    ("Session 2019/20", "2020-04-29", "a season's short form"),
    ("News archive", "2026-04-29", "no year at all: the latest year where the weekdays fit, as before"),
])
def test_the_second_year_of_a_span_dates_the_weekdays(heading: str, expected: str, why: str) -> None:
    assert expected in listed(ITEM.format(heading=heading)), why
