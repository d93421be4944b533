"""A tournament's first round, match or game told with a clock but no day ("Round one starts at 4 PM local time",
"The opening match kicks off at 20:00") is played on the first day of the span of days named before it (the games
"From the 17th March to 3rd April"), not on the day of the ceremony the title names (world-fiftieth 10: a chess
tournament's first round was published on the opening ceremony's day, a day early). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

CHESS = """Women's team championship opens in Tallinn on 4th May

Source: Baltic Chess Union

APRIL 20, 2031

The championship is opened at 6 PM on 4th May in the Town Hall.

The teams play from the 5th May to 14th May at the Song Festival grounds.

Round one starts at 3 PM, with the pairings drawn at the ceremony.
"""

FOOTBALL = """Draw for the regional women's cup held in Accra on 3 June

Source: West African Football Union

The draw was made in Accra. The tournament runs from 12 to 26 June 2031 in three host cities.

The opening match kicks off at 17:00 at the national stadium, between the hosts and the holders.
"""


def _timed(text: str, zone: str) -> list[tuple[str, str]]:
    events = extract(text, source="test", reference=dt.date(2031, 4, 1), default_zone=zone).events
    return [(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"), e.summary) for e in events if not e.all_day]


def test_round_one_on_the_first_day_of_play() -> None:
    timed = dict(_timed(CHESS, "Europe/Tallinn"))
    assert "2031-05-05 12:00" in timed
    assert "Round one" in timed["2031-05-05 12:00"]
    assert "2031-05-04 12:00" not in timed  # not the ceremony's day


def test_the_opening_match_on_the_first_day_of_the_tournament() -> None:
    assert [start for start, _ in _timed(FOOTBALL, "Africa/Accra")] == ["2031-06-12 17:00"]
