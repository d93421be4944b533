"""The last day of a period that opens with a bare year ("the archive includes arguments from 2004 to October 21, 2014",
"recordings held from 1998 until 3 March 2030") closes a years-long stretch (an archive's, a series', a record's); it
is no day something happens on, and each gave a day event. (Left by the p46 page set's court page; texts of our own.)"""

from __future__ import annotations

import pytest

from tests.test_notevents import events_of, when


@pytest.mark.parametrize("body", [
    "The archive includes arguments from 2004 to October 21, 2030, and is provided by the College of Law.",
    "The library holds recordings of the council from 1998 until 3 March 2031.",
    "Minutes since 2010 through June 30, 2031 are kept by the clerk.",
])
def test_the_end_of_a_period_from_a_year_is_no_event(body: str) -> None:
    assert when(events_of(body)) == []


@pytest.mark.parametrize(("body", "days"), [
    ("The exhibition runs from March 2 to March 9, 2031 in the town hall.", ["2031-03-02..2031-03-09"]),
    ("The council meets on March 9, 2031 to review its records from 2004.", ["2031-03-09"]),
])
def test_other_days_stay(body: str, days: list[str]) -> None:
    assert when(events_of(body)) == days
