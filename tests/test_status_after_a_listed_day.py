"""A cell listing days with a status after one of them ("March 20, 2031 - Cancelled<br>April 17, 2031**") is read
as one line; "Cancelled" is the status of the day it follows, not of the next day of the list, which still takes
place. A line that calls off its own day ("The April 17, 2031 hearing is cancelled") still cancels it."""

from __future__ import annotations

import datetime as dt

from model import CANCELLED
from parsers import extract_articles
from parsers.html import html_article


def _statuses(cell: str) -> dict[str, str]:
    page = ("<html><head><title>Authority Meetings</title></head><body><main><h1>Board Meetings</h1><table><tr>"
            "<td><p>Board Room, 40 Quay Street, Pittsburgh, PA 15219</p><p>All meetings start at 10:30 AM</p></td>"
            f"<td><p>{cell}</p></td></tr></table></main></body></html>")
    article = html_article(page.encode(), url="https://example.org/meetings", source="t")
    events = extract_articles([article], reference=dt.date(2031, 3, 1), default_zone="America/New_York").events
    return {str(e.first_day): e.status for e in events}


def test_a_status_after_a_listed_day_is_that_days_only() -> None:
    found = _statuses("March 20, 2031 - Cancelled<br/>April 17, 2031**")
    assert found["2031-04-17"] != CANCELLED, found
    assert found.get("2031-03-20", CANCELLED) == CANCELLED, found


def test_a_line_calling_off_its_own_day_still_cancels_it() -> None:
    found = _statuses("The April 17, 2031 board meeting is cancelled.")
    assert found.get("2031-04-17", CANCELLED) == CANCELLED, found
