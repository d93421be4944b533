""""AEDST" (Australian Eastern Daylight Saving Time) names Sydney's summer clock as "AEDT" does; unread, a deadline
"must be in by 5pm AEDST 1 November 2013" lost its "by" and became a day's event (world-fortythird 11). Items in
our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Network charges: draft decision out for comment

Source: Grid Pricing Authority

{body}
"""


def _events(body: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="x", reference=dt.date(2013, 10, 1), default_zone="UTC").events
    return [f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}Z" if isinstance(e.start, dt.datetime)
            else str(e.start) for e in events]


def test_a_deadline_in_aedst_is_no_event() -> None:
    assert _events("Comments on the draft decision must be in by 5pm AEDST 1 November 2013.") == []


def test_a_forum_in_aedst_is_summer_time() -> None:
    assert _events("The public forum opens at 10am AEDST on Monday 4 November 2013 in Melbourne.") \
        == ["2013-11-03 23:00Z"]
