"""A line of the release's kind and its reference number ("Press Release - Ref. CG-PR006(2031)") over the dateline
is part of the header: the dateline under it ("Strasbourg, 16 March 2031. – More than 300 ...") still dates the
release, no event on its day (world-hundredseventh 9: a Congress session of 20 to 22 March, whose release of 16 March
became an event on the 16th). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Congress session on rural services

Source: Assembly of Regions

{header}

Strasbourg, 16 March 2031. – More than 200 regional councillors will meet in Lyon from 20 to 22 March 2031 for the
9th Session of the Assembly.
"""


def _days(header: str) -> list[str]:
    events = extract(ITEM.format(header=header), source="assembly", reference=dt.date(2031, 3, 1),
                     default_zone="Europe/Paris").events
    return [e.start.strftime("%m-%d") for e in events]


def test_a_kind_and_reference_line_keeps_the_header() -> None:
    assert _days("Press Release - Ref. CG-PR006(2031)") == ["03-20"]

