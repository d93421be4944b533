"""A town's one-word name that opens a party's whole name in a court's list of cases ("Stanley Ray Chesney v. State of
Mississippi") or before another of the person's names ("... Stanley Ray Chesney a/k/a Stanley Chesney") is the
person, not the town: the argument's unlabelled time was read on the clock of Stanley, England (GMT) instead of the
state's (Central). (Left by the p46 page set's court of appeals page; texts of our own.)"""

from __future__ import annotations

import pytest

from parsers.placenames import name_goes_on
from tests.test_notevents import events_of, when


@pytest.mark.parametrize("text", [
    "Stanley Ray Chesney v. State of Mississippi",
    "Stanley Ray Chesney vs. Jackson County",
    "Stanley Ray Chesney a/k/a Stanley Chesney",
    "Stanley Ray Chesney, alias Ray Chesney",
])
def test_a_party_s_name_goes_on(text: str) -> None:
    assert name_goes_on(text, len("Stanley"), set())


@pytest.mark.parametrize("text", [
    "Stanley Town Hall v. the weather",  # a body of the town keeps it
    "Stanley Ray Chesney will speak",
])
def test_other_followers_are_left_as_they_were(text: str) -> None:
    assert not name_goes_on(text, len("Stanley"), set())


def test_the_argument_is_on_the_state_s_clock() -> None:
    body = ("Court of Appeals oral arguments\n\n"
            "2031-KA-00207-COA Stanley Ray Chesney a/k/a Stanley Chesney v. State of Mississippi "
            "Tuesday, December 2, 2031 10:30 a.m.\n")
    assert when(events_of(body)) == ["2031-12-02 16:30"]
