"""Two whole-day mentions of one named happening on one day are one event: "New venue for the Water Board's Annual
General Meeting - 12 June 2031." over "... the annual general meeting due tomorrow (12 June 2031)" (world-fortyninth
11: a police authority's change of venue gave its board meeting twice, as two whole-day events). Two different
meetings of one day stay two. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Change of venue

Source: Lowland Water Board

{body}
"""


def _days(body: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="board", reference=dt.date(2031, 5, 1),
                     default_zone="Europe/London").events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events if e.all_day)


def test_a_named_meeting_said_twice_is_one() -> None:
    body = ("New venue for the Lowland Water Board Annual General Meeting - 12 June 2031.\n\n"
            "Storm damage to the Riverside Hall means the board's annual general meeting due tomorrow (12 June 2031) "
            "will take place in the council chamber instead.")
    assert _days(body) == ["2031-06-12"]


def test_two_meetings_of_one_day_stay_two() -> None:
    body = ("The Audit Committee Meeting is held on 12 June 2031.\n\n"
            "The Lowland Water Board Annual General Meeting is also held on 12 June 2031, in the council chamber.")
    assert _days(body) == ["2031-06-12", "2031-06-12"]
