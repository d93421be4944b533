"""Two weekdays joined by "and" before two days ("Monday and Tuesday, January 20 and 21") go each with its day: the
span is read whole, with no note that a weekday does not fit, and a plan it replaced ("First slated for Monday and
Tuesday, ...") is set aside as one ("First slated for Monday" was read, "Tuesday, January 20 and 21" became an event)
(world-nineteenth 11). Items in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE, listed

ITEM = """Committee meeting dates

Source: A central bank

2026-01-10

{sentence}
"""


@pytest.mark.parametrize(("sentence", "days", "why"), [
    ("The board meets on Monday and Tuesday, March 2 and 3, 2026.", ["2026-03-02..2026-03-03"],
     "each weekday is its day's"),
    ("The board meets on Thursday and Friday, 5 and 6 March 2026.", ["2026-03-05..2026-03-06"],
     "day before month, the same"),
    ("First slated for Monday and Tuesday, March 2 and 3, 2026, the meeting now runs on Thursday and Friday, "
     "March 5 and 6, 2026.", ["2026-03-05..2026-03-06"], "the plan replaced is no event"),
    ("The board meets on Saturday and Sunday March 7-8, 2026.", ["2026-03-07..2026-03-08"],
     "without the comma, read as before"),
])
def test_two_weekdays_go_with_two_days(sentence: str, days: list[str], why: str) -> None:
    assert listed(ITEM.format(sentence=sentence)) == days, why


def test_no_note_says_a_paired_weekday_does_not_fit() -> None:
    found = extract(ITEM.format(sentence="The board meets on Monday and Tuesday, March 2 and 3, 2026."),
                    source="rows", reference=REFERENCE)
    assert not [p for p in found.problems if "the text says" in str(p)]
