"""A dateline closed by a full stop and then a dash ("Strasbourg, 16 March 2031. – More than 300 ..."), as the
Council of Europe's releases open, is the day the release was written, as "Strasbourg, 16 March 2031 –" is: no event
on that day, and no part of the title of the event the sentence announces (world-hundredseventh 9: a Congress
session of 20 to 22 March, published on 16 March, also became two events on the 16th titled "Strasbourg,. –").
Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Congress session on rural services

Source: Assembly of Regions

{dateline} More than 200 regional councillors will meet in Lyon from 20 to 22 March 2031 for the 9th Session of
the Assembly.
"""


def _events(dateline: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(dateline=dateline), source="assembly", reference=dt.date(2031, 3, 1),
                     default_zone="Europe/Paris").events
    return [(e.start.strftime("%m-%d"), e.summary) for e in events]


def test_a_full_stop_and_a_dash_close_the_dateline() -> None:
    [(day, summary)] = _events("Strasbourg, 16 March 2031. –")
    assert day == "03-20"
    assert "Strasbourg" not in summary
    assert "16 March" not in summary


def test_a_dash_alone_as_before() -> None:
    [(day, _)] = _events("Strasbourg, 16 March 2031 –")
    assert day == "03-20"
