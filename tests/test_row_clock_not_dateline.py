"""A list of meetings whose first row reads "Regular Council Meeting   November 19, 2031 - 5:00 PM   00h 20m": a
name, a day, a dash and a clock one schedules at is a row, not the page's dateline ("WASHINGTON, Nov. 19, 2031 - The
council ..."), so the first meeting is not lost (issue #10). Seen in pages-p43 (a city council's Granicus archive,
whose first row vanished as the publication date); the rows are ours. A place alone before the day, or a story after
the dash, still makes a dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import article_events
from parsers.html import html_article

_ROWS = "<table><tr><td>{}</td><td>{}</td><td>{}</td></tr><tr><td>{}</td><td>{}</td><td>{}</td></tr></table>"


def _starts(body: str) -> list[str]:
    """The events' starts, "YYYY-MM-DD HH:MM" in Chicago time, of a page with this body."""
    page = f"<html><head><title>City Council</title></head><body>{body}</body></html>"
    article = html_article(page.encode(), url="http://127.0.0.1/meetings.html", source="test")
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in article_events(article, dt.date(2031, 12, 1), "America/Chicago"))


@pytest.mark.parametrize(("body", "expected", "why"), [
    (_ROWS.format("Regular Council Meeting", "November 19, 2031 - 5:00 PM", "00h 20m",
                  "Council Special Meeting", "November 7, 2031 - 8:00 AM", "03h 17m"),
     ["2031-11-07 08:00", "2031-11-19 17:00"], "an archive's rows with their durations: both meetings"),
    (_ROWS.format("Budget Hearing", "November 19, 2031 - 5:00 PM", "",
                  "Zoning Board", "December 3, 2031 - 6:30 PM", ""),
     ["2031-11-19 17:00", "2031-12-03 18:30"], "rows closing on their clocks: both meetings"),
    ("<p>WASHINGTON, November 19, 2031 - The council met on Tuesday to adopt the budget for next year.</p>"
     "<p>The next meeting is on December 3, 2031 at 6 p.m.</p>",
     ["2031-12-03 18:00"], "a place and a story after the dash: a dateline"),
    ("<p>GENEVA, 19 November 2031 - 17:30</p><p>The committee adopted its report. It meets again on 3 December 2031"
     " at 10:00.</p>", ["2031-12-03 10:00"], "a place alone before the day: a stamp with its hour"),
])  # fmt: skip
def test_row_clock_not_dateline(body: str, expected: list[str], why: str) -> None:
    assert _starts(body) == expected, why
