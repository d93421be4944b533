"""A range of 24-hour times in four figures inside a sentence ("from 0930 to 1130", "between 0900 and 1100", "from
1400 to 1600 hrs", "from 1400 to 1600 GMT") is the event's hours: it was left unread, and the event became a whole
day. Four figures that may be years or counts ("from 1400 to 1600 bags", "between 1990 and 2010") stay unread: the
start needs a leading zero, or "hrs" or a zone label after the end. Found probing the held-out sets' kind "time"
with the clock forms of Commonwealth and African releases. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Launch notice

Source: Lakeside Water Board

The board launches its water plan on 14 March 2024 {when} at the Civic Hall, Blantyre.
"""


def _starts(when: str) -> list[str]:
    events = extract(ITEM.format(when=when), source="board", reference=dt.date(2026, 12, 4)).events
    return [f"{e.start:%Y-%m-%d %H:%M %z}" if isinstance(e.start, dt.datetime) else f"{e.start}" for e in events]


@pytest.mark.parametrize(("when", "start"), [
    ("from 0930 to 1130", "2024-03-14 09:30 +0200"),
    ("between 0900 and 1100", "2024-03-14 09:00 +0200"),
    ("from 1400 to 1600 hrs", "2024-03-14 14:00 +0200"),
    ("from 1400 to 1600 GMT", "2024-03-14 14:00 +0000"),
])
def test_a_four_figure_range_is_the_events_hours(when: str, start: str) -> None:
    assert _starts(when) == [start]


def test_the_range_ends_at_its_second_time() -> None:
    [event] = extract(ITEM.format(when="from 0930 to 1130"), source="board", reference=dt.date(2026, 12, 4)).events
    assert isinstance(event.end, dt.datetime)
    assert f"{event.end:%H:%M}" == "11:30"


@pytest.mark.parametrize("when", ["with 1400 to 1600 guests", "from 1400 to 1600"])
def test_figures_that_may_be_a_count_or_years_stay_unread(when: str) -> None:
    assert _starts(when) == ["2024-03-14"]
