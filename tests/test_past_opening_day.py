"""A police advisory's history (world-nineteenth 12): a dated day opening a sentence told in the past ("On Tuesday,
February 18, 2014, the court sentenced him ...") is history before the advisory's day, not an event; a day counted
from another and then dated in apposition ("The next day, April 4, 2012, he was arrested") is that date (the count
made it the day after the advisory). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Media advisory: news conference on a sentence

Source: A police service

Media advisory | Wednesday, March 4, 2026 | 11:00 a.m. | Headquarters

A detective will speak to reporters at 11:00 a.m. on Wednesday, March 4, 2026, at headquarters.

{sentence}
"""


@pytest.mark.parametrize(("sentence", "days", "why"), [
    ("On Tuesday, March 3, 2026, the court sentenced him, now 23, to eight years in prison.", ["2026-03-04 11:00"],
     "a day opening a sentence in the past, before the advisory's day"),
    ("On March 3, 2026, a judge jailed them, both 30, for life.", ["2026-03-04 11:00"], "the same, without a weekday"),
    ("The next day, June 9, 2024, a man was arrested and charged.", ["2026-03-04 11:00"],
     "the apposed date, not the day after the advisory"),
    ("On Friday, March 6, 2026, the court sentences him.", ["2026-03-04 11:00", "2026-03-06"],
     "told in the present, after the advisory: an event"),
])
def test_history_of_an_advisory_is_no_event(sentence: str, days: list[str], why: str) -> None:
    assert listed(ITEM.format(sentence=sentence)) == days, why
