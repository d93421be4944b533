"""The clock labels of Turkey, Asia, the Indian Ocean and the Pacific that releases write after a time ("10:00 TRT",
"14:00 MMT", "9:00 ChST", "11:00 FJT"): each names its own clock, not the calendar's. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


@pytest.mark.parametrize(("label", "offset"), [("TRT", "+03:00"), ("MMT", "+06:30"), ("ChST", "+10:00"),
                                               ("FJT", "+12:00"), ("TOT", "+13:00"), ("MVT", "+05:00"),
                                               ("AFT", "+04:30"), ("ULAT", "+08:00"), ("GYT", "-04:00")])
def test_the_label_names_its_clock(label: str, offset: str) -> None:
    text = ("Press briefing\n\nSource: Ministry of Information\n\n"
            f"The spokesperson briefs the press on Tuesday 8 July 2031 at 10:00 {label}.\n")
    [event] = extract(text, source="briefing", reference=dt.date(2031, 7, 1)).events
    assert event.start.isoformat() == f"2031-07-08T10:00:00{offset}"
