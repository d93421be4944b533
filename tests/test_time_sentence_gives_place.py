"""A sentence that only gives the time of the event the sentence before announced, and says where ("It runs from
1:15 - 3:15pm in Conference Room 4 at United Nations Headquarters, New York"), gives the event its place, over the
town of the dateline the announcing sentence opened with (world-thirtysixth 12: a briefing in New York put on the
clock of the sender's Kingston). A place no more precise than the one named stays second. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Open briefing for delegations

Source: Treaty Authority

{body}
"""


def _events(body: str):
    return [e for e in extract(ITEM.format(body=body), source="authority", reference=dt.date(2031, 5, 20),
                               default_zone="UTC").events if not e.all_day]


def test_the_time_sentence_names_where() -> None:
    events = _events("JAMAICA, Kingston (20 May 2031) - The Authority holds an open briefing for delegations on "
                     "Friday 23 May 2031.\n\nIt runs from 1:15 - 3:15pm in Conference Room 4 at United Nations "
                     "Headquarters, New York.")
    assert [(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"), e.location) for e in events] == [
        ("2031-05-23 17:15", "United Nations Headquarters, New York City, United States")]


def test_a_vaguer_place_stays_second() -> None:
    events = _events("The Authority holds an open briefing at the Palais des Nations in Geneva on Friday 23 May "
                     "2031.\n\nIt starts at 10:00 in Switzerland.")
    assert [e.start.astimezone(dt.UTC).strftime("%H:%M") for e in events] == ["08:00"]
