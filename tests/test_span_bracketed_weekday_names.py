"""A span whose ends each carry a weekday's short name in brackets ("Nov. 9 (Mon) – Nov. 11 (Wed)", "October 17 (Tue)
- December 8 (Fri), 2031"), as Japanese societies' pages write them, is one span, not two single days
(world-fortyseventh 7 and 8). A single day keeps its weekday. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

ITEM = """Symposium 2031: registration

Source: Society of Marine Engineers

Symposium [ Nov. 9 (Mon) – Nov. 11 (Wed), 2031 ]
"""


def test_the_span_is_one_mention() -> None:
    found = [(m.kind, m.text) for m in find_mentions("October 17 (Tue) - December 8 (Fri), 2031 17:00JST", "")]
    assert found[0] == ("span", "October 17 (Tue) - December 8 (Fri), 2031")


def test_a_single_day_keeps_its_weekday() -> None:
    day = find_mentions("on October 17 (Tue) at 10:00", "")[0]
    assert day.kind == "day"
    assert day.first is not None
    assert day.first.weekday == 1


def test_the_span_is_one_event() -> None:
    events = extract(ITEM, source="society", reference=dt.date(2031, 6, 1), default_zone="Asia/Tokyo").events
    assert [(e.start.isoformat(), (e.end - dt.timedelta(days=1)).isoformat()) for e in events if e.all_day] \
        == [("2031-11-09", "2031-11-11")]
