"""An item that labels its times on one clock ("6:00 PM (EST)") tells the clock of its times that name no zone and no
place: they are on it, not on the calendar's zone. Times labelled on two clocks, or only in UTC, tell none."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _starts(body: str) -> list[str]:
    text = f"Neighbourhood forums\n\nSource: Neighbours United\n\n{body}\n"
    events = extract(text, source="t", reference=dt.date(2031, 2, 20), default_zone="Europe/Brussels").events
    return sorted(f"{e.start.isoformat()} {e.timezone}" for e in events if e.is_timed)


def test_an_unlabelled_time_takes_the_items_labelled_clock() -> None:
    found = _starts("The first forum opens on Tuesday, March 4, 2031 at 6:00 PM (EST).\n\n"
                    "When: Thursday, March 13, 2031 from 7pm to 8:30pm\nSecond forum on the park budget.")
    assert found == ["2031-03-04T18:00:00-05:00 America/New_York", "2031-03-13T19:00:00-04:00 America/New_York"]


def test_times_labelled_on_two_clocks_tell_no_clock_of_the_item() -> None:
    found = _starts("The first forum opens on Tuesday, March 4, 2031 at 6:00 PM (EST); the webcast from the partner"
                    " city starts on Wednesday, March 5, 2031 at 10:00 CET.\n\n"
                    "When: Thursday, March 13, 2031 from 7pm to 8:30pm\nSecond forum on the park budget.")
    assert "2031-03-13T19:00:00+01:00 Europe/Brussels" in found, found
