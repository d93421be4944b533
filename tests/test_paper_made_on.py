"""A paper's day is no event: regulations "made by the Licensing Board on 16 June", an order "made by the Ministry on
2 May", as an assembly's agenda cites them in the motions it will vote on (pages-p32: a legislature's agenda gave a
motion's regulations a day of their own). A paper to be laid on the table on a day to come is still told. Items in
our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Agenda of the Assembly

Source: Assembly

Published: 1 July 2031

The Assembly sits on Wednesday 9 July 2031 at 11:00 am.
Resolved that the Fishing Regulations, made by the Harbour Licensing Board on 16 June 2031, be approved.
Resolved that the Lighthouse Order, made by the Ministry of Transport on 2 May 2031, be repealed.
The Pilotage Rules will be laid on the table of the Assembly on 15 July 2031.
"""


def _days() -> list[str]:
    events = extract(ITEM, source="en", reference=dt.date(2031, 7, 1), default_zone="UTC").events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events)


def test_the_days_papers_were_made_are_no_events() -> None:
    assert not {"2031-06-16", "2031-05-02"} & set(_days())


def test_the_sitting_and_a_paper_to_be_tabled_are_told() -> None:
    assert {"2031-07-09", "2031-07-15"} <= set(_days())
