"""An item whose only full date is history ages before the reference date ("the Treaty of Versailles, signed on 28
June 1919") is not dated by it: its year-less days are read as an undated item's (the reference's year, else a year
the item writes), never put in the year after that history. Recent history still bounds them. Texts of our own."""

from __future__ import annotations

from .conftest import listed

ITEM = """Centenary exhibition

Source: A country office of a UN agency

The organisation was founded by the Treaty of Versailles, signed on 28 June 1919.{between} On 11 April at 12.00 the
director opens an exhibition at the office.
"""


def test_history_ages_old_does_not_date_the_item() -> None:
    # (reference 27 November 2026: "the director opens" is told as to come, so the nearer 11 April, not one after 1919)
    assert listed(ITEM.format(between="")) == ["2027-04-11 12:00"]


def test_a_year_the_item_writes_dates_it() -> None:
    assert listed(ITEM.format(between=" Centenary 2019: ten events are planned.")) == ["2019-04-11 12:00"]


def test_recent_history_still_dates_the_item() -> None:
    text = ("Board meeting\n\nSource: A regional commission\n\nThe board, set up on 4 June 2025, meets on 11 April at "
            "12.00 in the main hall.\n")
    assert listed(text) == ["2026-04-11 12:00"]


def test_weekdays_that_fit_the_old_year_keep_it() -> None:
    # (an archive's item: 7 March 1995 was a Tuesday)
    text = ("World summit\n\nSource: A UN information centre\n\nThe World Summit opened in Copenhagen on 6 March 1995. "
            "The Secretary-General addresses the plenary on Tuesday, 7 March, at 10 a.m.\n")
    assert listed(text) == ["1995-03-07 10:00"]
