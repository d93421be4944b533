"""A board's table of the year's meetings: the rows of meetings held carry their documents, the rows to come only
their day (a footnote's mark, or an hour of their own), and a sentence above the table gives the standing time.

    The Harbour Trust Board meets on the second Tuesday of every month at 9:30 a.m. ..., unless noted otherwise.
    2031 Trust Meetings                         (the page's title)
    Meeting Date | Agenda | Minutes             the column headings
    January 14, 2031  Agenda 01.14.2031  Minutes   a row held, with its documents: at the standing time
    March 10, 2031* @ 3pm                          a row to come with its own hour
    April 8, 2031                                  rows to come, their documents not posted yet:
    May 13, 2031*                                  each a meeting at the standing time (a mark is a footnote's)

Each row is one meeting, on the body's clock (Baltimore: Eastern). Pages in our own words and layout.
"""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

_PAGE = """<html><head><title>Board Meetings</title></head><body><div class="content">
<p>The Harbour Trust Board meets on the second Tuesday of every month at 9:30 a.m. at the Trust office, 210 Pier Lane,
Baltimore, MD 21202, unless noted otherwise. Special meetings may be called when needed.</p>
<p>Members of the public may speak on any item on the agenda. Speakers give their name before they speak.</p>
<h3>2031 Trust Meetings</h3>
<table>
<tr><th>Meeting Date</th><th>Agenda</th><th>Minutes</th></tr>
<tr><td>January 14, 2031</td><td><a href="a1.pdf">Agenda 01.14.2031</a></td><td><a href="m1.pdf">Minutes</a></td></tr>
<tr><td>February 11, 2031<br>Special Meeting</td><td><a href="a2.pdf">Agenda 02.11.2031</a></td><td></td></tr>
<tr><td>March 10, 2031* @ 3pm</td><td></td><td></td></tr>
<tr><td>April 8, 2031</td><td></td><td></td></tr>
<tr><td>May 13, 2031*</td><td></td><td></td></tr>
<tr><td>June 10, 2031</td><td></td><td></td></tr>
<tr><td>July 8, 2031</td><td></td><td></td></tr>
</table>
<p>* meets at a neighbourhood property.</p>
</div></body></html>"""


def _starts() -> dict[str, str]:
    article = html_article(_PAGE.encode(), url="https://example.org/board", source="t")
    events = extract_articles([article], reference=dt.date(2031, 2, 20), default_zone="Europe/Brussels").events
    return {f"{e.start:%m-%d}": f"{e.start:%H:%M} {e.timezone}" for e in events if isinstance(e.start, dt.datetime)}


def test_the_rows_to_come_are_meetings_at_the_standing_time() -> None:
    starts = _starts()
    for day in ("04-08", "05-13", "06-10", "07-08"):
        assert starts.get(day) == "09:30 America/New_York", day


def test_a_row_to_come_with_its_own_hour_is_a_meeting_then() -> None:
    assert _starts().get("03-10") == "15:00 America/New_York"


def test_the_rows_held_stay_as_they_were() -> None:
    starts = _starts()
    assert starts.get("01-14") == "09:30 America/New_York"
    assert starts.get("02-11") == "09:30 America/New_York"
