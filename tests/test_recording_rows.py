"""A video archive's row, a meeting's name, the recording's day and its length ("Board Meeting   Nov 18, 2025
43m 27s"), is a file of a past meeting, not a meeting announced: no event, as a dated link to minutes gives none.
Seen in pages-p56 (a transit agency's board video archive: ten rows "Video / Date / Duration" became ten all-day
meetings). A day with a clock after it, or a row whose last cell is no length, still announces. Texts in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.dates import find_mentions
from parsers.documents import recording_day
from parsers.html import html_article


def _events(rows: list[tuple[str, str, str]], header: str = "<th>Video</th><th>Date</th><th>Duration</th>") -> list:
    cells = "".join(f"<tr><td><a href='/videos/{i}'>{name}</a></td><td>{day}</td><td>{last}</td></tr>"
                    for i, (name, day, last) in enumerate(rows))
    page = (f"<html><head><title>Video Archive</title></head><body><main><h1>Transit Board Video Archive</h1>"
            f"<table><thead><tr>{header}</tr></thead><tbody>{cells}</tbody></table></main></body></html>")
    article = html_article(page.encode(), url="https://video.example.com/", source="t")
    return extract_articles([article], reference=dt.date(2031, 3, 20), default_zone="America/Chicago").events


def test_an_archive_of_recordings_announces_nothing() -> None:
    rows = [("Board Meeting", "Mar 10, 2031", "01h 12m"), ("Special Board Meeting", "Feb 27, 2031", "09m 41s"),
            ("Board Meeting", "Feb 10, 2031", "00h 58m")]
    assert _events(rows) == []


def test_a_schedule_table_still_announces() -> None:
    """The same table with the meetings' clock in the last cell: a schedule."""
    rows = [("Board Meeting", "Apr 14, 2031", "10:00 AM"), ("Special Board Meeting", "Apr 28, 2031", "2:30 PM")]
    events = _events(rows, header="<th>Meeting</th><th>Date</th><th>Time</th>")
    assert sorted(str(e.start) for e in events) == ["2031-04-14 10:00:00-05:00", "2031-04-28 14:30:00-05:00"]


@pytest.mark.parametrize(("text", "recorded", "why"), [
    ("Board Meeting   Nov 18, 2030   43m 27s", True, "minutes and seconds"),
    ("Board Meeting   Mar 24, 2031   01h 58m", True, "hours and minutes"),
    ("Planning Board   Mar 4, 2031   1h 05min\nStudy Session", True, "'min', the row ends at the line's end"),
    ("Board Meeting   Mar 24, 2031   01h 58m of public comment", False, "the length does not close the row"),
    ("Conseil municipal le 13 mai 2031 14h 30min", False, "an afternoon clock, no recording's length"),
    ("Board Meeting   Mar 24, 2031", False, "no length"),
])
def test_the_day_before_a_length(text: str, recorded: bool, why: str) -> None:
    day = next(m for m in find_mentions(text) if m.kind == "day")
    assert recording_day(text, day) is recorded, why
