"""A line that gives the rows' clock after "times" ("(times: Central European Time, CET)", "All times are EST/EDT")
declares a zone only with a label the zone table knows: capitals that name no clock ("Times: TBC", "(all times:
TBA)", "Times: EU summit") declare none, and the rows keep the clock of their place. Seen in
world-hundredtwentyseventh (the "times:" heading of an online week), whose form took any two to four capitals as a
label. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.declaredzone import declared_label


@pytest.mark.parametrize("line", ["Programme of the press day (times: TBC)", "(all times: TBA)",
                                  "Times: EU summit days", "All times are AM unless marked", "Times: NYC venue"])
def test_capitals_that_name_no_clock_declare_none(line: str) -> None:
    assert declared_label(line) is None


@pytest.mark.parametrize(("line", "label"), [
    ("Week overview (times: Central European Time, CET)", "Central European Time"),
    ("All times are EST/EDT", "EST/EDT"),
    ("All times IST", "IST"),
    ("Times: CET", "CET"),
    ("all times: UTC", "UTC"),
])
def test_a_known_label_is_still_declared(line: str, label: str) -> None:
    assert declared_label(line) == label


ITEM = """Press week programme

Source: Health Agency

Programme of the press day in Dublin, 10 March 2021 (times: TBC)

10:00 Opening remarks by the Director
11:30 Press conference
"""


def test_the_rows_keep_their_places_clock_and_no_unknown_label_is_reported() -> None:
    found = extract(ITEM, source="agency", reference=dt.date(2021, 3, 1))
    assert [e.timezone for e in found.events] == ["Europe/Dublin", "Europe/Dublin"]
    assert not any("TBC" in problem for problem in found.problems)
