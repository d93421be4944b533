"""A whole hour after "a las", then the land or town whose clock it is ("a las 11 hora de Argentina", "a las 9 hora de
Lima"): a time on that clock, as "a las 9 hora local" and "11:30 horas de Chile" already were. Without it the hour
was no time at all. Found in world-seventysixth (a foreign minister speaking in New York "a las 11 hora de
Argentina"; the item's next bare hour, "A las 10, la ministra ...", was then read in the evening). "a las 8 hora de
verano" names no land. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

ITEM = """La agenda del gobierno para este martes

Source: Agencia oficial

Publicado el 2 de septiembre de 2031

Este martes, a las 15 hora de Argentina, la vicecanciller hablará ante la asamblea de la OEA en Washington.

A las 18 horas, el ministro de Economía recibe a los gobernadores del norte en la Casa Rosada, en Buenos Aires.
"""


def test_the_hour_is_on_the_named_land_clock() -> None:
    events = extract(ITEM, source="a", reference=dt.date(2031, 9, 2),
                     default_zone="America/Argentina/Buenos_Aires").events
    got = sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)
    assert got == ["2031-09-02 18:00", "2031-09-02 21:00"]


def test_the_mention_holds_the_label() -> None:
    found = [(m.kind, m.time, m.zone) for m in find_mentions("El acto será a las 9 hora de Lima, en la plaza.")]
    assert found == [("time", dt.time(9, 0), "Lima time")]


def test_the_land_after_its_article() -> None:
    # (found by review) "hora de la Argentina": the land's name after its article is the clock's land too
    found = [(m.kind, m.time, m.zone) for m in find_mentions(
        "El presidente hablará a las 11 hora de la Argentina en la cumbre virtual.")]
    assert found == [("time", dt.time(11, 0), "Argentina time")]
