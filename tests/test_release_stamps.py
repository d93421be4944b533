"""Stamps inside a release: a list of releases, each under the minute it was issued ("12 Mar 2019, 1630 hours
(GMT +8)"), and a date followed only by the release's reference number ("14/05/2012 PRB 214/12"), say when the
text was issued, not when anything happens (world-eighteenth 5 and 8). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

RELEASES = """Notices to the public

Source: A defence ministry

Latest notices

{first}
The army will train in the northern ranges from 07:00am on Tue, 19 Mar 2019 until 06:00pm on Thu, 21 Mar 2019.

{second}
The navy's open house at the southern base runs from 6 to 7 Apr 2019, and visitors may tour two frigates.
"""


@pytest.mark.parametrize(("first", "second", "expected", "why"), [
    ("12 Mar 2019, 1630 hours (GMT +8)", "02 Mar 2019, 0900 hours (GMT +8)",
     ["2019-03-19 07:00", "2019-04-06..2019-04-07"], "each stamp heads a paragraph that dates its own news"),
    ("12 Mar 2019, 16:30", "02 Mar 2019, 09:00",
     ["2019-03-19 07:00", "2019-04-06..2019-04-07"], "the same with a plain clock"),
])
def test_a_stamp_over_each_release_is_no_event(first: str, second: str, expected: list[str], why: str) -> None:
    assert listed(RELEASES.format(first=first, second=second)) == expected, why


PROGRAMME = """Open day programme

Source: A defence ministry

Programme

Tuesday, 19 Mar 2019, 10:00
The minister opens the open day at the northern base and meets the crews of two frigates there.

Wednesday, 20 Mar 2019, 11:00
The chief of navy gives a talk to the cadets of the academy and answers their questions.
"""


def test_a_programme_of_dated_times_keeps_its_events() -> None:
    """Each line's paragraph says what happens then and names no other day: the lines are events."""
    assert listed(PROGRAMME) == ["2019-03-19 10:00", "2019-03-20 11:00"]


REFERENCE_LINE = """Media interviews at Christmas

Source: A defence ministry

Media release
14/05/2012 {reference}
Issue 214 - Monday, 14 May 2012

WHEN: Send us your requests by 5pm Friday, 1 June 2012 at the latest.
"""


@pytest.mark.parametrize(("reference", "why"), [
    ("PRB 214/12", "a reference number of capitals and a slash"),
    ("Ref. 214/2012", "a reference number after 'Ref.'"),
])
def test_a_date_and_a_reference_number_is_a_stamp(reference: str, why: str) -> None:
    assert listed(REFERENCE_LINE.format(reference=reference)) == [], why
