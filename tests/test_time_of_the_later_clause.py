"""Two clauses, each with its day, and a time after the second: "The committee meets on 12 May, and the plenary votes
on 26 June at 18:30". The time is the second clause's, as after a semicolon; the first day has none of its own. A list
of days joined by ", and" without a new subject keeps its one time for each day. Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Dates for the spring session

Source: A regional assembly

Published 3 March 2031

{line}
"""


@pytest.mark.parametrize("line", [
    "The committee meets on 12 May, and the plenary votes on 26 June at 18:30.",
    "Shortlisted groups will be told on 12 May, and the prizes will be handed out at a ceremony on Thursday 26 June "
    "at 18:30.",
    "The committee meets on 12 May, but the plenary only votes on 26 June at 18:30.",
    "The committee meets on 12 May; the plenary votes on 26 June at 18:30.",
])
def test_the_time_is_the_later_clauses(line: str) -> None:
    assert listed(ITEM.format(line=line)) == ["2031-05-12", "2031-06-26 18:30"]


def test_a_list_of_days_keeps_its_one_time() -> None:
    line = "The committee meets on Monday 12 May, and Tuesday 13 May, at 10:00."
    assert {"2031-05-12 10:00", "2031-05-13 10:00"} <= set(listed(ITEM.format(line=line)))


@pytest.mark.parametrize(("line", "expected"), [
    ("The minister meets the mayor on Monday 12 May, and the following Tuesday, at 10:00.",
     {"2031-05-12 10:00"}),
    ("Hearings take place on 12 May, and their second round on 19 May, each at 10:00.",
     {"2031-05-12 10:00", "2031-05-19 10:00"}),
])
def test_a_list_or_each_keeps_the_time_for_its_days(line: str, expected: set[str]) -> None:
    assert expected <= set(listed(ITEM.format(line=line)))
