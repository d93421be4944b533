"""A wire's stamp atop a story, its clock named by two labels after a slash ("Friday, 7 March 2031, 16:45 HKT/SGT")
over a dateline of the same day, is when the story was filed: no event at that time, and its day is no card's day for
the title's news ("Society names the winners of its Awards" is not a ceremony on that day) (world-fortyseventh 13).
Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Reef Society names the winners of its Ocean Awards 2031

Source: Reef Society

{stamp}

SINGAPORE, Mar 7, 2031 - (Wire) - The Reef Society announced today the winners of its Ocean Awards 2031. The awards
ceremony was held in hybrid form for the first time, and 90 projects took part.
"""


def _events(stamp: str) -> list[str]:
    events = extract(ITEM.format(stamp=stamp), source="society", reference=dt.date(2031, 3, 1),
                     default_zone="Asia/Singapore").events
    return [e.start.strftime("%Y-%m-%d %H:%M") if not e.all_day else e.start.strftime("%Y-%m-%d") for e in events]


def test_a_stamp_with_two_labels_is_no_event() -> None:
    assert _events("Friday, 7 March 2031, 16:45 HKT/SGT") == []


def test_a_stamp_with_one_label_is_no_card_day() -> None:
    assert _events("Friday, 7 March 2031, 16:45 SGT") == []
