"""A row whose day is after the item's publication, its length in units closing it ("Budget workshop   Jan 21, 2031
2h 00m" in a list of webinars to come), is a session and how long it lasts, not a recording of a past meeting
(documents.recording_day); a video archive's row of a day gone by stays no event. Texts of our own."""

from __future__ import annotations

import datetime as dt

from .conftest import listed

ITEM = """{title}

Source: Example Transit Authority

December 1, 2030

{lead}

{row}
"""


def test_a_session_to_come_keeps_its_day() -> None:
    text = ITEM.format(title="Upcoming webinars", lead="Register for our webinars to come.",
                       row="Budget workshop   Jan 21, 2031   2h 00m")
    assert listed(text, dt.date(2030, 12, 1)) == ["2031-01-21"]


def test_a_recording_of_a_day_gone_by_is_no_event() -> None:
    text = ITEM.format(title="Board meeting videos", lead="Watch the recordings of our board meetings.",
                       row="Board Meeting   Nov 18, 2030   43m 27s")
    assert listed(text, dt.date(2030, 12, 1)) == []
