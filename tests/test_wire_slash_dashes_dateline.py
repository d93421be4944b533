"""A wire dateline whose agency slot is empty, a slash and the wire's two dashes after the date ("GENEVA, Switzerland,
March 10, 2031/ -- Since ..."), as the APO service prints the releases it carries: the day of filing, not an event.
"/PRNewswire/ --" and "(Reuters) -" were already read so. Found in world-eightyfifth (an IOM release's dateline made an
event of its own). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Online briefing on the desert route

Source: Example Migration Office

NAIROBI, Kenya, June 2, 2031/ -- Since the year began, some 9,000 people have crossed.

Two officers of the office will brief reporters online on Thursday, June 5 at 9am GMT.
"""


def test_the_dateline_is_no_event_and_dates_the_item() -> None:
    events = extract(ITEM, source="wire", reference=dt.date(2031, 6, 2)).events
    assert [(e.all_day, e.start.isoformat()) for e in events] == [(False, "2031-06-05T09:00:00+00:00")]


def test_the_dateline_gives_the_year_far_from_the_reference() -> None:
    # read years later (June 5 is a Thursday in 2036 too), the Thursday is still the dateline's week's
    events = extract(ITEM, source="wire", reference=dt.date(2037, 3, 10)).events
    assert [e.start.isoformat() for e in events] == ["2031-06-05T09:00:00+00:00"]
