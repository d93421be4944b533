"""A release that opens with its date, then the town in capitals and its state ("June 29, 2018   CHICO, CA The
Chamber ..."): the date is the dateline, no event (world-fifteenth 8). Items in our own words."""

from __future__ import annotations

from .conftest import listed

RELEASE = """Candidate night announced

Source: A chamber of commerce

{opening} The Harbor Chamber hosts a candidate night on Thursday, October 7, 2027, from 6:00 p.m. at the Marina.
"""


def test_a_date_then_a_town_in_capitals_with_its_state_is_a_dateline() -> None:
    assert listed(RELEASE.format(opening="March 3, 2027   SEASIDE, OR")) == ["2027-10-07 18:00"]


def test_a_date_then_a_town_in_capitals_and_a_dash_is_a_dateline() -> None:
    assert listed(RELEASE.format(opening="March 3, 2027 SEASIDE -")) == ["2027-10-07 18:00"]
