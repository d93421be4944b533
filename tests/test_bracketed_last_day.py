"""A day told as a last day in a bracket after a line's hours ("When: 9:00 a.m.-5:00 p.m. (concludes on Tuesday, 30
May)") is not the line's day: the hours are on the day the heading above gives (world-thirtysixth 4: a youth summit's
opening went on its closing day, the summit left a day-long event of its own). A day a line names last with no such
word ("10:00 (CET) Press conference (Tuesday 13 February)") is still the line's. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Events around the conference

Source: Population Agency

Published: 20 May 2031

{body}
"""


def _timed(body: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="agency", reference=dt.date(2031, 5, 20),
                     default_zone="UTC").events
    return [e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day]


def test_a_last_day_in_a_bracket() -> None:
    assert _timed("Monday, 26 May\n\n  • Youth Forum. Youth groups meet before the conference.\n\n"
                  "When: 9:00 a.m.-5:00 p.m. (concludes on Tuesday, 27 May)\n\nWhere: Main hall") == [
        "2031-05-26 09:00"]


def test_a_day_named_last_is_the_line_s() -> None:
    assert _timed("10:00 (CET)  Pre-ministerial press conference (Tuesday 27 May)") == ["2031-05-27 10:00"]
