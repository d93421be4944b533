"""The Northern Mariana Islands call themselves "the Northern Marianas" (their legislature is the "Northern Marianas
Commonwealth Legislature"): the short name is the territory, on Chamorro time (UTC+10, no summer time). A body so
named keeps its sittings on that clock (world-eightythird 3: a Saipan sitting at "9:00 a.m." fell on another zone).
Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.orghome import home_of


def test_the_short_name_is_the_territory() -> None:
    home = home_of("House of Representatives, Northern Marianas Commonwealth Legislature")
    assert home is not None
    assert home.zone == "Pacific/Saipan"


def test_a_sitting_on_chamorro_time() -> None:
    item = """Session calendar

Source: Northern Marianas Commonwealth Legislature

The House will convene on Wednesday, 4 March 2026 at 1:30 p.m. for its third regular session.
"""
    events = extract(item, source="nmcl", reference=dt.date(2026, 2, 20), default_zone="Europe/Brussels").events
    assert [e.start.astimezone(dt.UTC) for e in events] == [dt.datetime(2026, 3, 4, 3, 30, tzinfo=dt.UTC)]
