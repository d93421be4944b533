"""A meeting page that gives its day and hour twice: a bare line under the meeting's name ("Tuesday, March 4, 2031 -
5:30pm") and a field lower down ("Time: 5:30 PM Pacific Time"). The bare line names nothing of its own: one meeting,
not a second event titled by its date. Two lines that each name what happens at one hour stay two."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _events(body: str) -> list[str]:
    page = f"<html><head><title>Harbour Board</title></head><body><main>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://example.org/m", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 20), default_zone="America/Los_Angeles").events
    return sorted(f"{str(e.start)[:16]} {e.summary}" for e in events)


def test_a_bare_day_and_hour_line_is_the_meeting_named_below() -> None:
    found = _events("<h1>Harbour Board Meeting</h1><div class='field calendar-date'><div class='items'>"
                    "<span class='date-display-single'>Tuesday, March 4, 2031 - 5:30pm</span></div></div>"
                    "<div class='field body'><div class='items'><p>The Harbour Board will meet on the dredging"
                    " budget.</p><p>Location: Council Chambers, 12 Quay Road, Riverton</p>"
                    "<p>Time: 5:30 PM Pacific Time</p></div></div>")
    assert len(found) == 1, found


def test_two_lines_that_name_their_happenings_stay_two() -> None:
    found = _events("<h1>Harbour Week</h1><ul><li>Tuesday, March 4, 2031 - 5:30pm: Harbour Board Meeting</li>"
                    "<li>Tuesday, March 4, 2031 - 5:30pm: Lantern Walk on the quay</li></ul>")
    assert len(found) == 2, found
