"""A range of numbers in words after "aged", "ages" or "age" ("children aged between two and four", "for ages from
five to seven") is of years of age, not of hours: the clockwords reading of "between two and four" as 14:00 to 16:00
holds only elsewhere. Seen in the releases read after the hour ranges in words were added (world-hundredfortyfirst's
family). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

RELEASE = """Council opens a new playground in Ballarat

Source: A council

Media release | Wednesday, 13 September 2034

{sentence}
"""


def _events(sentence: str) -> list[tuple[str, bool]]:
    events = extract(RELEASE.format(sentence=sentence), source="ages", reference=dt.date(2034, 9, 13)).events
    return [(f"{e.start:%Y-%m-%d %H:%M}", e.all_day) for e in events]


@pytest.mark.parametrize("sentence", [
    "The mayor will open the playground on Friday for children aged between two and four, with a sandpit.",
    "The mayor will open the playground on Friday, for ages from five to seven.",
    "The mayor will open the playground on Friday for pupils aged from five to seven and their carers.",
    "The mayor will open the playground on Friday: a garden for age between two and four.",
])
def test_a_range_after_aged_is_of_years(sentence: str) -> None:
    assert _events(sentence) == [("2034-09-15 00:00", True)]


def test_a_range_of_hours_beside_an_age_stays_the_clock() -> None:
    assert _events("The mayor will open the playground on Friday between two and four o'clock for children "
                   "aged six.") == [("2034-09-15 14:00", False)]
