"""A diary row under its day whose time is not yet set ("Time TBC – Launch of the report") is that day's event: its
title is what happens, without the unsettled time's words, which still mark it as not yet confirmed. Texts of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


@pytest.mark.parametrize("unsettled", ["Time TBC", "TBC", "Time: TBA", "Time to be confirmed"])
def test_an_unsettled_time_leaves_the_title(unsettled: str) -> None:
    text = ("Week ahead\n\nSource: A UN information centre\n\nMonday, 17 November 2031\n"
            "09:30 – 12:30  Regional forum on water, Conference Room 2\n\nWednesday, 19 November 2031\n"
            f"{unsettled} – Launch of the report on youth employment\n")
    events = sorted(extract(text, source="t", reference=dt.date(2031, 11, 1)).events, key=lambda e: e.start.isoformat())
    assert [e.start.isoformat()[:10] for e in events] == ["2031-11-17", "2031-11-19"]
    assert events[1].summary.startswith("Launch of the report")
