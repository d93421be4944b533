"""A line that announces the list below it ("The Premier will attend the following engagements:") under a day line
is no event of that day (issue #10, "Not events"): the rows below are. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def test_the_following_engagements_is_no_event() -> None:
    text = ("Premier's schedule\n\nSource: Office of the Premier\n\nTuesday 3 May 2022\n\nThe Premier will attend"
            " the following engagements:\n\n10.00   Opening of the regional hospital wing, Mackay\n"
            "13.30   Meeting with the Mayor of Mackay, Town Hall\n")
    events = extract(text, source="test", reference=dt.date(2026, 12, 6)).events
    assert [f"{e.start:%H:%M}" for e in events] == ["10:00", "13:30"]
