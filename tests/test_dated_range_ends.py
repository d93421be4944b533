"""A range told end by end, each time with its day ("from 01:00 am on November 10 to 15:00 on November 10", "desde
las 22:00 del 7 de marzo hasta las 05:00 del 8 de marzo") is one happening from the first time to the second, not
two events (world-fortysixth 9: a water utility's limit of supply gave a second event at its end). The second day
the first's or the next (an end before the start's hour). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """A notice

Source: Harbour Authority

Published: 2 June 2031

{body}
"""

# (body, zone, expected (local start, local end), why)
CASES = [
    ("The ferry pier is shut today, from 06:00 am on June 2 to 14:30 on June 2, for repairs to the ramp.",
     "Asia/Baku", [("2031-06-02 06:00", "2031-06-02 14:30")], "both ends on the day of the stamp"),
    ("The harbour's night fair runs from 22:00 on 6 June to 04:00 on 7 June on the east quay.",
     "Asia/Baku", [("2031-06-06 22:00", "2031-06-07 04:00")], "an end after midnight, on the next day"),
    ("La feria nocturna del puerto abre desde las 21:00 del 6 de junio hasta las 03:00 del 7 de junio.",
     "America/Lima", [("2031-06-06 21:00", "2031-06-07 03:00")], "the same in Spanish, 'desde ... hasta'"),
]


@pytest.mark.parametrize(("body", "zone", "expected", "why"), CASES)
def test_a_range_told_end_by_end_is_one_event(body: str, zone: str, expected: list[tuple[str, str]],
                                              why: str) -> None:
    events = extract(ITEM.format(body=body), source="port", reference=dt.date(2031, 6, 1), default_zone=zone).events
    got = [(e.start.strftime("%Y-%m-%d %H:%M"), e.end.strftime("%Y-%m-%d %H:%M")) for e in events if not e.all_day]
    assert got == expected, why


def test_ends_days_apart_stay_two_mentions() -> None:
    body = "The night fair runs from 22:00 on 6 June to 04:00 on 9 June on the east quay."
    events = extract(ITEM.format(body=body), source="port", reference=dt.date(2031, 6, 1),
                     default_zone="Asia/Baku").events
    assert sorted(e.start.strftime("%d %H:%M") for e in events if not e.all_day) == ["06 22:00", "09 04:00"]
