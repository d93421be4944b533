"""A news list prints, under each headline, the publisher's name, a comma, the full date and the minute it posted
the story ("Ministry of Foreign Affairs and Trade, February 28, 2020 8:00 PM"). The same name opening two such
lines of one item marks them as the list's stamps, whatever the minute: no events (world-fortyeighth 13). One such
line alone, an event page's organiser and start, stays an event. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

NEWS_LIST = """News of the ministry

Source: Ministry of Culture and Heritage, Exampleland

Old mill to become a museum
Ministry of Culture and Heritage, March 3, 2021 4:00 PM
The minister said the old mill at Kellby will open as a museum next year.

New grants for village choirs
Ministry of Culture and Heritage, March 1, 2021 11:30 AM
Forty choirs will share the grants, the ministry said.
"""

PORT_NEWS = """Latest from the port

Source: Northport Harbour Authority

Dredging of the outer channel finished
Northport Harbour Authority, 14 October 2019 09:40
The outer channel is open again to ships of every draught.

Cruise season ends with a record
Northport Harbour Authority, 11 October 2019 15:00
More than 90 cruise ships called at Northport this year.
"""

ONE_LINE = """Open day at the observatory

Source: Hill Observatory

Hill Observatory, 12 June 2031 7:00 PM
Visitors can look through the great telescope and hear a talk on the planets.
"""


def _events(text: str, zone: str = "Europe/London") -> list[str]:
    events = extract(text, source="org", reference=dt.date(2031, 1, 1), default_zone=zone).events
    return [e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day]


def test_a_news_lists_bylines_are_no_events() -> None:
    assert _events(NEWS_LIST) == []


def test_bylines_with_a_24_hour_clock_are_no_events() -> None:
    assert _events(PORT_NEWS) == []


def test_one_such_line_stays_an_event() -> None:
    assert _events(ONE_LINE) == ["2031-06-12 19:00"]
