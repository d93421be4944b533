"""The days an office is held for, told by the office's word and a verb of its lasting ("The Presidency runs from 1
July 2031 to 30 June 2032", "its term ends on 30 June"), are no event; the meetings held in that office are
(world-fortyeighth 5 and 8). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

COUNCIL = """Ministerial meeting of the Lake Council

Source: Lake Council Secretariat

The foreign ministers of the Lake Council meet in Tartu on 14–15 May 2032, at the close of Estonia's chairmanship.

The chairmanship runs from 1 July 2031 to 30 June 2032, and has put clean water first.
"""

SUMMIT = """Prime Minister to attend the regional summit

Source: Office of the Prime Minister, Exampleland

On 17 February 2031 the Prime Minister travels to Riga for the summit of the Amber Group. Latvia has held the
group's presidency since 1 July 2030; its term ends on 30 June 2031.
"""


def _days(text: str) -> list[str]:
    events = extract(text, source="org", reference=dt.date(2031, 1, 1), default_zone="Europe/Tallinn").events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events)


def test_a_chairmanship_is_no_event() -> None:
    assert _days(COUNCIL) == ["2032-05-14"]


def test_the_end_of_a_term_is_no_event() -> None:
    assert _days(SUMMIT) == ["2031-02-17"]
