"""Finland's towns by their Swedish names ("02100 Esbo", "i Helsingfors", "Åbo") are Finnish places, in Finland's
zone (world-fortieth 1: a Swedish ministry's press conference at Hanaholmen, Esbo, was read in Stockholm's hour,
one hour off). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Ministers meet the press

Source: Ministry of Justice, Sweden

The press conference is on 16 March 2022 at 13.05 at {place}.
"""


@pytest.mark.parametrize("place", ["the cultural centre, Hanaholmsstranden 5, 02100 Esbo",
                                   "the town hall in Helsingfors", "the castle in Åbo"])
def test_a_swedish_name_of_a_finnish_town(place: str) -> None:
    events = extract(ITEM.format(place=place), source="ministry", reference=dt.date(2022, 3, 1),
                     default_zone="Europe/Stockholm").events
    assert [(e.start.strftime("%H:%M"), e.start.utcoffset()) for e in events] == [("13:05", dt.timedelta(hours=2))]
