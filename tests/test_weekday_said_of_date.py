"""A weekday said of a date in so many words ("Because 4 November falls on a Tuesday, ...") picks the year of that
date wherever the item tells it, and a day followed by a year before 1900 ("4 November, 1865") is history, no
event (world-eighteenth 14). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Island marks its charter's anniversary

Source: A prime minister's office

Harbour Town, 2 May 2025

On 4 November the island's charter is 160 years old, and a festival is planned.

The first governor signed the charter on 4 November, 1865, in the old courthouse.

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("Because 4 November falls on a Tuesday, the cabinet said, the holiday moves to the Monday.",
     ["2025-11-04"], "4 November 2025 is a Tuesday; 4 November 2024, nearer the stamp, a Monday"),
    ("As 4 November is a Tuesday this year, the holiday moves to the Monday.",
     ["2025-11-04"], "'is a Tuesday'"),
    ("The holiday moves to the Monday.",
     ["2024-11-04"], "no weekday: the date nearest the stamp, as before"),
])
def test_a_weekday_said_of_a_date_picks_its_year(sentence: str, expected: list[str], why: str) -> None:
    assert sorted(set(listed(ITEM.format(sentence=sentence)))) == expected, why


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("The first governor signed the charter on 9 September, 1866, in the old courthouse.", [],
     "a year before 1900 after the day, with a comma (read without it, the day fell in 2025)"),
    ("Parliament first sat on 9 September 1866.", [], "and without one"),
    ("The guard changes on 9 September, 1800 hours.", ["2025-09-09 18:00"], "'1800 hours' is a time, not a year"),
])
def test_a_day_of_an_old_year_is_history(sentence: str, expected: list[str], why: str) -> None:
    text = f"""Charter notes

Source: A prime minister's office

Harbour Town, 2 May 2025

{sentence}
"""
    assert listed(text) == expected, why
