"""Two forms of one kind: a sentence whose figures and days are not what they first seem.

- "on the 3rd and 5th of June, from 09:30 to 15:00 each day": the hours of each day of a list of days, as of a span's
  ("5-6 October, ... each day"); not a rule of recurrence;
- "the fee rises from 1800 to 2100 on 1 July": four figures after a verb of growing or shrinking are amounts, not a
  range of 24-hour times, whatever day they change on (a time that is moved stays a time);
Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Notices of the Lakeside Water Board

Source: A water board

Lakeside, 2 March 2031

{line}
"""


@pytest.mark.parametrize("line", [
    "The pumping station opens to visitors on the 3rd and 5th of June, from 09:30 to 15:00 each day.",
    "Guided walks along the dam take place on 3 and 5 June, from 9.30am to 3pm every day.",
    "The board will host open days on June 3 and June 5, 09:30-15:00 daily.",
])
def test_hours_of_each_day_of_a_list(line: str) -> None:
    assert listed(ITEM.format(line=line)) == ["2031-06-03 09:30", "2031-06-05 09:30"]


def test_a_rule_beside_one_day_still_recurs() -> None:
    """One day and 'each day': no list for the hours to belong to, so the rule of recurrence stands as before."""
    line = "The reservoir path is open from 09:30 to 15:00 each day, and the café reopens on 3 June."
    assert "2031-06-03 09:30" not in listed(ITEM.format(line=line))


@pytest.mark.parametrize("line", [
    "The quota for each household will be raised from 1200 to 1500 on 1 July.",
    "The office opens on 1 July, and the quota grows from 1200 to 1500 on that day.",
    "Seats in the hall climb from 1100 to 1400 on 1 July, when the new wing opens.",
])
def test_an_amount_that_changes_on_a_day_is_no_time(line: str) -> None:
    assert not any(" " in when for when in listed(ITEM.format(line=line)))


def test_a_range_of_hours_on_a_day_stays_a_time() -> None:
    line = "The board's public hearing will run from 1400 to 1600 on 9 July."
    assert listed(ITEM.format(line=line)) == ["2031-07-09 14:00"]


@pytest.mark.parametrize("line", [
    "The council meets on 3 June and 5 June; the library is open from 09:30 to 15:00 each day.",
    "The library is closed on 3 June and 5 June, and otherwise open from 10:00 to 16:00 each day.",
])
def test_hours_of_another_clause_are_not_the_listed_days(line: str) -> None:
    assert not any(" " in when for when in listed(ITEM.format(line=line)))
