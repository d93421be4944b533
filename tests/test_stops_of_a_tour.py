"""A tour told as its stops and their days ("visits Port Vila on Monday 16 March and Suva on Tuesday 17 March"), then
a time told at one stop ("In Port Vila, the Minister meets the Prime Minister at 10am"): the time is on that stop's
day and clock, not the last day named. The town after "and" is a stop as the first one is. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Minister to visit Vanuatu and Fiji

Source: A foreign ministry

Canberra, 12 March 2026

The Minister will visit Port Vila on Monday 16 March and Suva on Tuesday 17 March.

In Port Vila, the Minister will meet the Prime Minister at 10am. In Suva, the Minister will open the new climate
centre at 2pm.
"""


def test_each_time_is_on_its_stop_s_day_and_clock() -> None:
    events = extract(ITEM.replace("climate\ncentre", "climate centre"), source="ministry",
                     reference=dt.date(2026, 3, 1)).events
    timed = sorted((e.first_day, e.start.hour, e.timezone) for e in events if e.start is not None and not e.all_day)
    assert timed == [(dt.date(2026, 3, 16), 10, "Pacific/Efate"), (dt.date(2026, 3, 17), 14, "Pacific/Fiji")]


def test_each_day_of_the_tour_is_at_its_own_stop() -> None:
    events = extract(ITEM.replace("climate\ncentre", "climate centre"), source="ministry",
                     reference=dt.date(2026, 3, 1)).events
    days = sorted((e.first_day, e.location) for e in events if e.all_day)
    assert days == [(dt.date(2026, 3, 16), "Port Vila, Vanuatu"), (dt.date(2026, 3, 17), "Suva, Fiji")]


def test_one_town_s_programme_is_no_tour() -> None:
    """"Things begin on Friday, 12 September at a hotel in Abuja ... A reception follows at 3:00pm at the stadium" on
    the Saturday: one town's days, so the time stays on the day in context."""
    text = ("Friendship days\n\nSource: An embassy\n\nAbuja, 10 September 2031\n\nThings begin on Friday, 12 September "
            "2031, with a dinner at a hotel in Abuja.\n\nOn Saturday, 13 September 2031 the group plays football at "
            "9:00 am. A reception follows at 3:00pm at the stadium in Abuja.\n")
    events = extract(text, source="embassy", reference=dt.date(2031, 9, 1)).events
    assert [e.first_day for e in events if e.start is not None and not e.all_day and e.start.hour == 15] \
        == [dt.date(2031, 9, 13)]
