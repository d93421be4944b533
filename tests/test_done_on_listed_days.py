"""A paper issued, a deal signed or a session opened on a list of days gone by ("the amendments were issued on 8 and
10 July", "signed on 3, 4 and 5 May") gives no event on the list's last day either: the verb in the past before "on"
governs every day of the list, not only its first (pages-p32: a legislature's agenda dated a motion's amendments by
the second of their two issue days). Days to come in such a list stay events. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Agenda of the Assembly

Source: Assembly

Published: 7 July 2031

The Assembly sits on Wednesday 16 July 2031 at 11:00 am.
Members to move amendments to the Ferry Bill (the amendments were issued on 6 and 9 July 2031 under paper 12).
The fisheries accord was signed on 3, 4 and 5 June 2031 in the harbour office.
The harbour committees will meet on 22 and 24 July 2031 in the port office.
"""


def _days() -> set[str]:
    events = extract(ITEM, source="en", reference=dt.date(2031, 7, 7), default_zone="UTC").events
    return {e.start.strftime("%Y-%m-%d") for e in events}


def test_past_listed_days_are_no_events() -> None:
    assert not {"2031-07-06", "2031-07-09", "2031-06-03", "2031-06-05"} & _days()


def test_listed_days_to_come_are_events() -> None:
    assert {"2031-07-16", "2031-07-24"} <= _days()
