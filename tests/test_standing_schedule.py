"""A standing programme: rows of clock times under a heading, a line stating a rule of the week ("On every Friday
before the passing-out parade ..."), and no date and no "today" anywhere: the rows are what happens every such week,
no events on the day of the page's stamp. Before, each row became an event on the stamp's day. A schedule whose
page says "today" keeps its rows, as does one whose day is named. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

from .conftest import REFERENCE

STAMP = "Visitor information 2026-03-10T09:12:44+00:00"

ITEM = """Fire academy passing-out week: what families can do

{stamp}

Welcome to the families of our new firefighters!

{rule}

Parade Day Schedule

0700 – 0900 Academy Canteen: Breakfast
0930 Main Hall: Welcome Briefing
1100 – 1230 Drill Yard: Passing-Out Parade
1300 Academy Canteen: Family Lunch
"""


def _events(rule: str) -> list[object]:
    text = ITEM.format(stamp=STAMP, rule=rule)
    return extract(text, source="academy", reference=REFERENCE).events


def test_rows_under_a_weekly_rule_are_no_events() -> None:
    events = _events("On every Friday before the passing-out parade, the canteen hosts an evening for families.")
    assert events == [], [(e.summary, e.start) for e in events]


def test_a_weekly_rule_said_otherwise() -> None:
    events = _events("The academy holds its parade weekly, and families may come to each one.")
    assert events == [], [(e.summary, e.start) for e in events]


def test_a_schedule_of_today_keeps_its_rows() -> None:
    events = _events("Today the canteen hosts families, as it does every Friday before the parade.")
    assert len(events) >= 3, [(e.summary, e.start) for e in events]


def test_a_named_day_keeps_its_rows() -> None:
    events = _events("The parade is on Friday 13 March 2026; the canteen opens every Friday for families.")
    assert len([e for e in events if isinstance(e.start, dt.datetime)]) >= 3, [(e.summary, e.start) for e in events]
