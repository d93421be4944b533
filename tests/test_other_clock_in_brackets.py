"""A time line that gives the hours on a second clock after a slash, its clock's name in brackets ("Time: 10.00am -
11.30am (Fiji time) / 8.00am - 9.30am (AEST)"): what is left of it names nothing, so the event is titled by the
item's title, not by the second clock's hours. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


@pytest.mark.parametrize("time", [
    "2.00pm - 3.30pm (Samoa time) / 12.00pm - 1.30pm (NZST)",
    "2.00pm - 3.30pm (WST) / 12.00pm - 1.30pm (NZST)",
    "2.00pm - 3.30pm / 12.00pm - 1.30pm NZST",
])
def test_the_title_names_the_event(time: str) -> None:
    text = (f"Online seminar: fisheries data in the Pacific\n\nSource: A regional fisheries agency\n\n"
            f"Date: Thursday 9 July 2026\nTime: {time}\n")
    events = extract(text, source="agency", reference=dt.date(2026, 7, 1)).events
    assert len(events) == 1
    assert events[0].summary.endswith("Online seminar: fisheries data in the Pacific")
